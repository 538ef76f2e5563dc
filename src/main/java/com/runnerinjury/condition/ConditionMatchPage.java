package com.runnerinjury.condition;

import com.runnerinjury.shared.content.Disclaimer;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.Paged;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The list envelope of condition matches, with a disclaimer: matching symptoms is not a diagnosis. Named in the spec
 * like the other envelopes, {@code Page<item>}.
 */
@Schema(name = "PageConditionMatch", description = "Conditions ranked by how many of the given symptoms they list.")
public record ConditionMatchPage(
        @Schema(description = "The matches on this page, best first.") List<ConditionMatch> items,
        @Schema(examples = "1") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "3") long totalItems,
        @Schema(examples = "1") int totalPages,
        @Schema(description = "Not a diagnosis.") String disclaimer) implements Paged {

    public static ConditionMatchPage of(Page<ConditionMatch> page) {
        return new ConditionMatchPage(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
                Disclaimer.TEXT);
    }
}
