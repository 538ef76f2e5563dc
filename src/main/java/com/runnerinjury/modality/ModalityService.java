package com.runnerinjury.modality;

import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.problem.ContentGoneException;
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

    /** The published modality; an archived one is gone, a draft not found. */
    public ModalityDetail get(String slug) {
        Modality modality = modalities.findBySlug(slug)
                .orElseThrow(() -> ContentNotFoundException.bySlug("modality", slug));
        if (modality.status == ContentStatus.ARCHIVED) {
            throw new ContentGoneException("modality", "slug", slug);
        }
        if (!modality.isPublished()) {
            throw ContentNotFoundException.bySlug("modality", slug);
        }
        return detail(modality, Visibility.PUBLIC);
    }

    ModalityDetail detail(Modality modality, Visibility visibility) {
        return ModalityDetail.from(modality, claims.madeFor(modality.id, visibility));
    }
}
