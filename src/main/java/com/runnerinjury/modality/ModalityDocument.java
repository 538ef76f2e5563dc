package com.runnerinjury.modality;

import com.runnerinjury.shared.content.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A modality as editors write it: the body of {@code POST} and {@code PUT}. */
@Schema(name = "ModalityInput", description = "A treatment modality as editors write it. The claims made for it are "
        + "written as claims that link it.")
public record ModalityDocument(
        @Schema(description = "Lower-case words joined by hyphens; cannot change once created.",
                examples = "acupuncture") @NotNull @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN,
                        message = Slugs.MESSAGE) String slug,
        @Schema(examples = "Acupuncture") @NotBlank @Size(max = 200) String name,
        @NotNull ModalityCategory category,
        @Schema(description = "One-sentence overview.") @NotBlank @Size(max = 500) String summary,
        @Schema(description = "A few sentences on what it involves.") @NotBlank @Size(max = 4000) String description,
        @Schema(description = "What happens in a session, in order.") @Size(max = 20) List<@NotBlank @Size(
                max = 1000) String> whatToExpect,
        @Schema(description = SessionMinutes.FIELD_DESCRIPTION + " `min` may not exceed `max`.",
                nullable = true) @Valid SessionMinutes typicalSessionMinutes,
        @Schema(description = "Points to know for a safe treatment.") @Size(max = 20) List<@NotBlank @Size(
                max = 1000) String> safetyNotes) {

    public ModalityDocument {
        whatToExpect = whatToExpect == null ? List.of() : whatToExpect;
        safetyNotes = safetyNotes == null ? List.of() : safetyNotes;
    }
}
