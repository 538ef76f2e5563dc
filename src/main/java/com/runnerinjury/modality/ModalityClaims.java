package com.runnerinjury.modality;

import com.runnerinjury.shared.content.ClaimView;
import java.util.List;

/** The published claims made for a modality, for its detail; the claim feature provides them. */
public interface ModalityClaims {

    /** Every public claim for the modality, grouped by condition with general claims last. */
    List<ClaimView> publishedFor(long modalityId);
}
