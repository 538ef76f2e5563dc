package com.runnerinjury.condition;

import com.runnerinjury.shared.content.ClaimView;
import com.runnerinjury.shared.content.Visibility;
import java.util.List;
import java.util.Set;

/** What the condition feature needs to know of claims; the claim feature provides it. */
public interface ConditionClaims {

    /** Slugs of the published conditions with at least one public claim for the modality. */
    Set<String> conditionsWithPublishedClaimFor(String modalitySlug);

    /** Every claim about the condition visible at this level, grouped by modality. */
    List<ClaimView> about(long conditionId, Visibility visibility);

    /** Ids of every claim about the condition, in any status. */
    List<String> claimsAbout(long conditionId);
}
