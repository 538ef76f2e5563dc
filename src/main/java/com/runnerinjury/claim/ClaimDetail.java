package com.runnerinjury.claim;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.runnerinjury.shared.content.ClaimView;
import com.runnerinjury.shared.content.Disclaimer;
import com.runnerinjury.shared.content.Visibility;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One claim on its own, with the disclaimer every detail response carries. */
@Schema(description = "A sourced claim, with a disclaimer.")
public record ClaimDetail(
        @JsonUnwrapped @Schema(hidden = true) ClaimView claim,
        @Schema(description = "Not medical advice.") String disclaimer) {

    public static ClaimDetail from(Claim claim) {
        return from(claim, Visibility.PUBLIC);
    }

    /** The detail citing the sources visible at this level. */
    public static ClaimDetail from(Claim claim, Visibility visibility) {
        return new ClaimDetail(claim.toView(visibility), Disclaimer.TEXT);
    }
}
