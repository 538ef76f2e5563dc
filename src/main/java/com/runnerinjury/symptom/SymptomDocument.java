package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A symptom as editors write it: the body of {@code POST} and {@code PUT}. */
@Schema(name = "SymptomInput", description = "A symptom as editors write it. Conditions link to it, not it to them.")
public record SymptomDocument(
        @Schema(description = "Lower-case words joined by hyphens; cannot change once created.",
                examples = "knee-pain") @NotNull @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN,
                        message = Slugs.MESSAGE) String slug,
        @Schema(examples = "Knee pain") @NotBlank @Size(max = 200) String name,
        @Schema(description = "What the symptom is like.") @NotBlank @Size(max = 2000) String description,
        @NotNull BodyRegion bodyRegion) {
}
