package com.runnerinjury.claim;

import com.runnerinjury.shared.content.EvidenceLevel;
import com.runnerinjury.shared.content.Outcome;
import com.runnerinjury.shared.paging.SortOrder;
import java.util.Set;

/** Validated filters of a claim list; null or empty means "do not filter on this". */
public record ClaimFilter(String modality, String condition, Set<EvidenceLevel> evidenceLevels,
        Set<Outcome> outcomes, SortOrder sort) {

    public ClaimFilter withModality(String slug) {
        return new ClaimFilter(slug, condition, evidenceLevels, outcomes, sort);
    }

    public ClaimFilter withCondition(String slug) {
        return new ClaimFilter(modality, slug, evidenceLevels, outcomes, sort);
    }
}
