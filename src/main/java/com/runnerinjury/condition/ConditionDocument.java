package com.runnerinjury.condition;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A condition as editors write it: the body of {@code POST} and {@code PUT}, with symptoms linked by slug. */
@Schema(name = "ConditionInput", description = "A condition as editors write it. Symptoms are linked by slug.")
public record ConditionDocument(
        @Schema(description = "Lower-case words joined by hyphens; cannot change once created.",
                examples = "runners-knee") @NotNull @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN,
                        message = Slugs.MESSAGE) String slug,
        @Schema(examples = "Runner's knee") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Other names the sources use for it.") @Size(max = 20) List<@NotBlank @Size(
                max = 200) String> aliases,
        @NotNull BodyRegion bodyRegion,
        @Schema(description = "One-sentence overview.") @NotBlank @Size(max = 500) String summary,
        @Schema(description = "A few sentences on what it is and how it shows.") @NotBlank @Size(
                max = 4000) String description,
        @Schema(description = "Signs that call for a doctor rather than self-care.") @Size(
                max = 20) List<@NotBlank @Size(
                        max = 1000) String> whenToSeeADoctor,
        @Schema(description = "Slugs of the symptoms the sources give for it.") @Size(max = 50) List<@NotNull @Pattern(
                regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String> symptoms) {

    public ConditionDocument {
        aliases = aliases == null ? List.of() : aliases;
        whenToSeeADoctor = whenToSeeADoctor == null ? List.of() : whenToSeeADoctor;
        symptoms = symptoms == null ? List.of() : symptoms;
    }
}
