package com.runnerinjury.change;

import com.runnerinjury.shared.editorial.ItemType;
import com.runnerinjury.shared.editorial.PublicChange;
import com.runnerinjury.shared.editorial.Revision;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change to published content, as the change feed reports it. */
@Schema(name = "Change", description = "One change to published content.")
public record ChangeView(
        @Schema(description = "Where this change sits in the feed: pass it as `after` to read what came next.",
                examples = "42") String cursor,
        ItemType type,
        @Schema(description = "The item's slug, for conditions, symptoms and modalities; else null.",
                nullable = true, examples = "runners-knee") String slug,
        @Schema(description = "The item's id, for claims and sources; else null.", nullable = true,
                examples = "null") String id,
        PublicChange change,
        @Schema(description = "When the change was committed.") Instant at) {

    static ChangeView from(Revision revision) {
        boolean bySlug = "slug".equals(revision.itemType.keyName());
        return new ChangeView(Long.toString(revision.contentVersion), revision.itemType,
                bySlug ? revision.itemKey : null, bySlug ? null : revision.itemKey, revision.publicChange,
                revision.changedAt);
    }
}
