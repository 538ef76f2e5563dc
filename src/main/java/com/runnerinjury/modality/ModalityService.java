package com.runnerinjury.modality;

import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads published modalities. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ModalityService {

    private final ModalityRepository modalities;
    private final ModalityClaims claims;

    public ModalityService(ModalityRepository modalities, ModalityClaims claims) {
        this.modalities = modalities;
        this.claims = claims;
    }

    public Page<ModalitySummary> list(ModalityCategory category, SortOrder sort, PageRequest page) {
        return modalities.find(category, sort, page).map(ModalitySummary::from);
    }

    public ModalityDetail get(String slug) {
        Modality modality = modalities.findPublishedBySlug(slug)
                .orElseThrow(() -> ContentNotFoundException.bySlug("modality", slug));
        return ModalityDetail.from(modality, claims.publishedFor(modality.id));
    }
}
