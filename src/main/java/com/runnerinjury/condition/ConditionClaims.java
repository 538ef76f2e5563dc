package com.runnerinjury.condition;

import com.runnerinjury.shared.content.ClaimView;
import java.util.List;
import java.util.Set;

/** What the condition feature needs to know of claims; the claim feature provides it. */
public interface ConditionClaims {

    /** Slugs of the published conditions with at least one public claim for the modality. */
    Set<String> conditionsWithPublishedClaimFor(String modalitySlug);

    /** Every public claim about the condition, grouped by modality. */
    List<ClaimView> publishedAbout(long conditionId);
}
