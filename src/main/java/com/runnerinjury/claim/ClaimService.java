package com.runnerinjury.claim;

import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads published claims. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimService {

    private final ClaimRepository claims;

    public ClaimService(ClaimRepository claims) {
        this.claims = claims;
    }

    public Page<ClaimView> list(ClaimFilter filter, PageRequest page) {
        return claims.find(filter, page).map(ClaimView::from);
    }

    public ClaimDetail get(String id) {
        return claims.findPublishedById(id)
                .map(ClaimDetail::from)
                .orElseThrow(() -> ContentNotFoundException.byId("claim", id));
    }

    public List<ClaimView> forCondition(long conditionId) {
        return claims.listForCondition(conditionId).stream().map(ClaimView::from).toList();
    }

    public List<ClaimView> forModality(long modalityId) {
        return claims.listForModality(modalityId).stream().map(ClaimView::from).toList();
    }
}
