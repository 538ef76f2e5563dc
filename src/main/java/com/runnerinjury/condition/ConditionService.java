package com.runnerinjury.condition;

import com.runnerinjury.shared.content.ConditionRef;
import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.problem.ContentGoneException;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import com.runnerinjury.symptom.SymptomConditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads published conditions, and tells the symptom feature which conditions list a symptom. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConditionService implements SymptomConditions {

    private final ConditionRepository conditions;
    private final ConditionClaims claims;
    private final ConditionTextSearch textSearch;

    public ConditionService(ConditionRepository conditions, ConditionClaims claims, ConditionTextSearch textSearch) {
        this.conditions = conditions;
        this.claims = claims;
        this.textSearch = textSearch;
    }

    public Page<ConditionSummary> list(ConditionFilter filter, PageRequest page) {
        Set<String> slugs = null;
        if (filter.text() != null) {
            slugs = textSearch.matchingSlugs(filter.text());
        }
        if (filter.modality() != null) {
            slugs = intersection(slugs, claims.conditionsWithPublishedClaimFor(filter.modality()));
        }
        if (slugs != null && slugs.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        return conditions.find(filter, slugs, page).map(ConditionSummary::from);
    }

    /** The published condition; an archived one is gone, a draft not found. */
    public ConditionDetail get(String slug) {
        Condition condition = conditions.findBySlug(slug)
                .orElseThrow(() -> ContentNotFoundException.bySlug("condition", slug));
        if (condition.status == ContentStatus.ARCHIVED) {
            throw new ContentGoneException("condition", "slug", slug);
        }
        if (!condition.isPublished()) {
            throw ContentNotFoundException.bySlug("condition", slug);
        }
        return detail(condition, Visibility.PUBLIC);
    }

    ConditionDetail detail(Condition condition, Visibility visibility) {
        return ConditionDetail.from(condition, claims.about(condition.id, visibility), visibility);
    }

    private static Set<String> intersection(Set<String> restriction, Set<String> slugs) {
        if (restriction == null) {
            return slugs;
        }
        Set<String> both = new HashSet<>(restriction);
        both.retainAll(slugs);
        return both;
    }

    @Override
    public Map<Long, List<ConditionRef>> listing(Collection<Long> symptomIds, Visibility visibility) {
        return conditions.listRefsBySymptom(symptomIds, visibility);
    }

    @Override
    public List<String> conditionsListing(long symptomId) {
        return conditions.slugsListingSymptom(symptomId);
    }
}
