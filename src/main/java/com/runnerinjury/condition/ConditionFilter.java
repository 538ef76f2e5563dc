package com.runnerinjury.condition;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.paging.SortOrder;
import java.util.Set;

/** Validated filters of the condition list; null or empty means "do not filter on this". */
public record ConditionFilter(BodyRegion bodyRegion, Set<String> symptoms, String modality, String text,
        SortOrder sort) {
}
