package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.BodyRegion;
import com.runnerinjury.shared.paging.SortOrder;

/** Validated filters of the symptom list; null means "do not filter on this". */
public record SymptomFilter(BodyRegion bodyRegion, SortOrder sort) {
}
