package com.runnerinjury.source;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as served by both the list and the detail, with how many claims cite it. */
@Schema(description = "A publication that claims are attributed to.")
public record SourceView(
        @Schema(examples = "how-acupuncture-helps-runners") String id,
        @Schema(examples = "How Acupuncture Helps Runners") String title,
        @Schema(description = "Author, or null when the source names none.", examples = "Joseph Alban",
                nullable = true) String author,
        @Schema(description = "The author's qualifications as the source states them, or null.",
                nullable = true) String authorCredentials,
        SourceKind kind,
        @Schema(description = "Publisher, or null when unknown.", nullable = true) String publisher,
        @Schema(description = "Where to read it, or null when not published online.", nullable = true) String url,
        @Schema(description = "Number of published claims citing this source; in an editor's read, draft "
                + "claims too.", examples = "30") long claimCount,
        @Schema(description = "When the content last changed.") Instant updatedAt,
        @Schema(description = "When an editor last checked the entry.", nullable = true) LocalDate lastReviewed) {

    public static SourceView from(Source source, long claimCount) {
        return new SourceView(source.id, source.title, source.author, source.authorCredentials, source.kind,
                source.publisher, source.url, claimCount, source.updatedAt, source.lastReviewed);
    }
}
