package com.runnerinjury.condition;

import com.runnerinjury.claim.ClaimFilter;
import com.runnerinjury.claim.ClaimService;
import com.runnerinjury.claim.ClaimView;
import com.runnerinjury.search.SearchService;
import com.runnerinjury.search.SearchType;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/** Reads published conditions and the claims made about them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConditionService {

    private final ConditionRepository conditions;
    private final ClaimService claims;
    private final SearchService search;

    public ConditionService(ConditionRepository conditions, ClaimService claims, SearchService search) {
        this.conditions = conditions;
        this.claims = claims;
        this.search = search;
    }

    public Page<ConditionSummary> list(ConditionFilter filter, PageRequest page) {
        Set<String> textMatches = filter.text() == null ? null
                : search.matchingSlugs(SearchType.CONDITION, filter.text());
        if (textMatches != null && textMatches.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        return conditions.find(filter, textMatches, page).map(ConditionSummary::from);
    }

    public ConditionDetail get(String slug) {
        Condition condition = find(slug);
        return ConditionDetail.from(condition, claims.forCondition(condition.id));
    }

    public Page<ClaimView> claims(String slug, ClaimFilter filter, PageRequest page) {
        find(slug);
        return claims.list(filter.withCondition(slug), page);
    }

    private Condition find(String slug) {
        return conditions.findPublishedBySlug(slug)
                .orElseThrow(() -> ContentNotFoundException.bySlug("condition", slug));
    }
}
