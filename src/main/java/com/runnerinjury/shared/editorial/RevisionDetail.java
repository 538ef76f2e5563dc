package com.runnerinjury.shared.editorial;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One revision with the item's full editable content after it.
 *
 * @param <D> the item's editable document
 */
public record RevisionDetail<D>(
        @Schema(description = "The item's revision number, from 1.", examples = "3") int number,
        @Schema(description = "The content version the change produced.", examples = "42") long contentVersion,
        RevisionAction action,
        @Schema(description = "The item's status after the change: draft, published, archived or deleted.",
                examples = "draft") String status,
        @Schema(description = "Who made the change: the subject of their token.",
                examples = "editor@example.org") String author,
        @Schema(description = "When the change was committed.") Instant at,
        @Schema(description = "The item's editable content after the change.") D content) {
}
