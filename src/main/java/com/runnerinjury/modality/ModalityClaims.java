package com.runnerinjury.modality;

import com.runnerinjury.shared.content.ClaimView;
import com.runnerinjury.shared.content.Visibility;
import java.util.List;

/** What the modality feature needs to know of claims; the claim feature provides it. */
public interface ModalityClaims {

    /** Every claim for the modality visible at this level, grouped by condition with general claims last. */
    List<ClaimView> madeFor(long modalityId, Visibility visibility);

    /** Ids of every claim for the modality, in any status. */
    List<String> claimsFor(long modalityId);
}
