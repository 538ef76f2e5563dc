package com.runnerinjury.source;

import com.runnerinjury.shared.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as editors write it: the body of {@code POST} and {@code PUT}. */
@Schema(name = "SourceInput", description = "A source as editors write it. Claims cite it by id.")
public record SourceDocument(
        @Schema(description = "Lower-case words joined by hyphens; cannot change once created.",
                examples = "how-acupuncture-helps-runners") @NotNull @Size(max = Slugs.MAX_LENGTH) @Pattern(
                        regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String id,
        @Schema(examples = "How Acupuncture Helps Runners") @NotBlank @Size(max = 300) String title,
        @Schema(description = "Author, or null when the source names none.", examples = "Joseph Alban",
                nullable = true) @Size(min = 1, max = 200) String author,
        @Schema(description = "The author's qualifications as the source states them, or null.",
                nullable = true) @Size(min = 1, max = 500) String authorCredentials,
        @NotNull SourceKind kind,
        @Schema(description = "Publisher, or null when unknown.", nullable = true) @Size(min = 1,
                max = 200) String publisher,
        @Schema(description = "Where to read it: an http or https URL, or null when not published online.",
                nullable = true) @Size(max = 500) @Pattern(regexp = URL_PATTERN,
                        message = "must be an http or https URL") String url) {

    static final String URL_PATTERN = "https?://\\S+";
}
