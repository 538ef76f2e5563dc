package com.runnerinjury.claim;

import com.runnerinjury.condition.ConditionClaims;
import com.runnerinjury.condition.ConditionRepository;
import com.runnerinjury.modality.ModalityClaims;
import com.runnerinjury.modality.ModalityRepository;
import com.runnerinjury.shared.content.ClaimView;
import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.problem.ContentGoneException;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import com.runnerinjury.source.SourceCitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads published claims, and provides the claims that condition, modality and source details show. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimService implements ConditionClaims, ModalityClaims, SourceCitations {

    private final ClaimRepository claims;
    private final ConditionRepository conditions;
    private final ModalityRepository modalities;

    public ClaimService(ClaimRepository claims, ConditionRepository conditions, ModalityRepository modalities) {
        this.claims = claims;
        this.conditions = conditions;
        this.modalities = modalities;
    }

    public Page<ClaimView> list(ClaimFilter filter, PageRequest page) {
        return claims.find(filter, page).map(Claim::toView);
    }

    public Page<ClaimView> listAboutCondition(String conditionSlug, ClaimFilter filter, PageRequest page) {
        if (conditions.findPublishedBySlug(conditionSlug).isEmpty()) {
            throw ContentNotFoundException.bySlug("condition", conditionSlug);
        }
        return list(filter.withCondition(conditionSlug), page);
    }

    public Page<ClaimView> listForModality(String modalitySlug, ClaimFilter filter, PageRequest page) {
        if (modalities.findPublishedBySlug(modalitySlug).isEmpty()) {
            throw ContentNotFoundException.bySlug("modality", modalitySlug);
        }
        return list(filter.withModality(modalitySlug), page);
    }

    /** The public claim; an archived one is gone, a draft (or one linking draft content) not found. */
    public ClaimDetail get(String id) {
        Claim claim = claims.findByIdOptional(id).orElseThrow(() -> ContentNotFoundException.byId("claim", id));
        if (claim.status == ContentStatus.ARCHIVED) {
            throw new ContentGoneException("claim", "id", id);
        }
        return claims.findPublishedById(id)
                .map(ClaimDetail::from)
                .orElseThrow(() -> ContentNotFoundException.byId("claim", id));
    }

    @Override
    public List<ClaimView> about(long conditionId, Visibility visibility) {
        return claims.listForCondition(conditionId, visibility).stream().map(claim -> claim.toView(visibility))
                .toList();
    }

    @Override
    public List<String> claimsAbout(long conditionId) {
        return claims.idsAboutCondition(conditionId);
    }

    @Override
    public Set<String> conditionsWithPublishedClaimFor(String modalitySlug) {
        return claims.conditionSlugsWithPublicClaimFor(modalitySlug);
    }

    @Override
    public List<ClaimView> madeFor(long modalityId, Visibility visibility) {
        return claims.listForModality(modalityId, visibility).stream().map(claim -> claim.toView(visibility))
                .toList();
    }

    @Override
    public List<String> claimsFor(long modalityId) {
        return claims.idsForModality(modalityId);
    }

    @Override
    public Map<String, Long> countCiting(Collection<String> sourceIds, Visibility visibility) {
        return claims.countBySource(sourceIds, visibility);
    }

    @Override
    public List<String> claimsCiting(String sourceId) {
        return claims.idsCitingSource(sourceId);
    }
}
