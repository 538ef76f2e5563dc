package com.runnerinjury.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One search result: what was found, a line of context, and how well it matched. */
@Schema(description = "One search result.")
public record SearchHit(
        SearchType type,
        @Schema(examples = "plantar-fasciitis") String slug,
        @Schema(examples = "Plantar fasciitis") String name,
        @Schema(description = "A short excerpt of the item's text.") String snippet,
        @Schema(description = "Relevance from 0 (exclusive) to 1; 1 is an exact name match.",
                examples = "0.93") double score) {
}
