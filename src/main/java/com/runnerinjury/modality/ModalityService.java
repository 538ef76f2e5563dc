package com.runnerinjury.modality;

import com.runnerinjury.claim.ClaimFilter;
import com.runnerinjury.claim.ClaimService;
import com.runnerinjury.claim.ClaimView;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads published modalities and the claims made for them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModalityService {

    private final ModalityRepository modalities;
    private final ClaimService claims;

    public ModalityService(ModalityRepository modalities, ClaimService claims) {
        this.modalities = modalities;
        this.claims = claims;
    }

    public Page<ModalitySummary> list(ModalityCategory category, SortOrder sort, PageRequest page) {
        return modalities.find(category, sort, page).map(ModalitySummary::from);
    }

    public ModalityDetail get(String slug) {
        Modality modality = find(slug);
        return ModalityDetail.from(modality, claims.forModality(modality.id));
    }

    public Page<ClaimView> claims(String slug, ClaimFilter filter, PageRequest page) {
        find(slug);
        return claims.list(filter.withModality(slug), page);
    }

    private Modality find(String slug) {
        return modalities.findPublishedBySlug(slug)
                .orElseThrow(() -> ContentNotFoundException.bySlug("modality", slug));
    }
}
