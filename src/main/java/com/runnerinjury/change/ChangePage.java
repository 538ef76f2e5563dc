package com.runnerinjury.change;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stretch of the change feed, with the cursor to read on from. */
@Schema(description = "Changes to published content in the order they were committed.")
public record ChangePage(
        @Schema(description = "The changes after the cursor asked for, oldest first.") List<ChangeView> items,
        @Schema(description = "Pass as `after` to read on; equal to the cursor asked for when nothing is new.",
                examples = "42") String nextCursor) {
}
