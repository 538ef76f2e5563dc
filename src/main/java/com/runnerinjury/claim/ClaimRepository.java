package com.runnerinjury.claim;

import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Queries over claims. A claim is public only while it, its modality and its condition (if any) are all
 * published.
 */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, String> {

    /** What makes a claim public, over the aliases c (claim), m (modality) and k (condition). */
    private static final String IS_PUBLIC = "c.status = :published and m.status = :published"
            + " and (k is null or k.status = :published)";

    /** What makes a claim visible at a level, over the same aliases. */
    private static final String IS_VISIBLE = "c.status in :visible and m.status in :visible"
            + " and (k is null or k.status in :visible)";

    /** Claims, their modality and condition (if any) all of a visible status. */
    private static final String VISIBLE_CLAIMS = "from Claim c join fetch c.modality m left join fetch c.condition k"
            + " where " + IS_VISIBLE;

    private static final String PUBLIC_CLAIMS = "from Claim c join fetch c.modality m left join fetch c.condition k"
            + " where " + IS_PUBLIC;

    /** The claim in any status, its row locked until the transaction ends. */
    public Optional<Claim> lockById(String id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Claim> findPublishedById(String id) {
        return find(PUBLIC_CLAIMS + " and c.id = :id",
                Parameters.with("published", ContentStatus.PUBLISHED).and("id", id))
                .firstResultOptional();
    }

    public Page<Claim> find(ClaimFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(PUBLIC_CLAIMS);
        Parameters params = Parameters.with("published", ContentStatus.PUBLISHED);
        if (filter.modality() != null) {
            where.append(" and m.slug = :modality");
            params.and("modality", filter.modality());
        }
        if (filter.condition() != null) {
            where.append(" and k.slug = :condition");
            params.and("condition", filter.condition());
        }
        if (!filter.evidenceLevels().isEmpty()) {
            where.append(" and c.evidenceLevel in :evidenceLevels");
            params.and("evidenceLevels", filter.evidenceLevels());
        }
        if (!filter.outcomes().isEmpty()) {
            where.append(" and c.outcome in :outcomes");
            params.and("outcomes", filter.outcomes());
        }
        String query = where.toString();
        long total = count(query.replace("join fetch", "join"), params);
        List<Claim> items = find(query, filter.sort().toSort("c", "statement", "id"), params)
                .range(page.offset(), page.offset() + page.size() - 1)
                .list();
        return Page.of(items, page, total);
    }

    /** Claims visible at this level citing each of the given sources; a source no claim cites is absent. */
    public Map<String, Long> countBySource(Collection<String> sourceIds, Visibility visibility) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select s.id, count(c) from Claim c join c.modality m"
                + " left join c.condition k join c.sources s where s.id in :ids and " + IS_VISIBLE
                + " group by s.id", Object[].class)
                .setParameter("ids", sourceIds)
                .setParameter("visible", visibility.statuses())
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /** Ids of the claims, in any status, citing one source. */
    public List<String> idsCitingSource(String sourceId) {
        return getEntityManager().createQuery("select c.id from Claim c join c.sources s where s.id = :source"
                + " order by c.id", String.class).setParameter("source", sourceId).getResultList();
    }

    /** Slugs of the conditions with at least one public claim for the modality. */
    public Set<String> conditionSlugsWithPublicClaimFor(String modalitySlug) {
        return Set.copyOf(getEntityManager().createQuery("select distinct k.slug from Claim c join c.modality m"
                + " join c.condition k where m.slug = :modality and " + IS_PUBLIC, String.class)
                .setParameter("modality", modalitySlug)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getResultList());
    }

    /** Every visible claim about one condition, grouped by modality. */
    public List<Claim> listForCondition(long conditionId, Visibility visibility) {
        return find(VISIBLE_CLAIMS + " and k.id = :condition", Sort.by("m.name").and("c.statement"),
                Parameters.with("visible", visibility.statuses()).and("condition", conditionId)).list();
    }

    /** Ids of the claims, in any status, about one condition. */
    public List<String> idsAboutCondition(long conditionId) {
        return getEntityManager().createQuery("select c.id from Claim c where c.condition.id = :condition"
                + " order by c.id", String.class).setParameter("condition", conditionId).getResultList();
    }

    /** Every visible claim for one modality, grouped by condition with general claims last. */
    public List<Claim> listForModality(long modalityId, Visibility visibility) {
        return find(VISIBLE_CLAIMS + " and m.id = :modality", Sort.by("k.name", Sort.Direction.Ascending,
                Sort.NullPrecedence.NULLS_LAST).and("c.statement"),
                Parameters.with("visible", visibility.statuses()).and("modality", modalityId)).list();
    }

    /** Ids of the claims, in any status, for one modality. */
    public List<String> idsForModality(long modalityId) {
        return getEntityManager().createQuery("select c.id from Claim c where c.modality.id = :modality"
                + " order by c.id", String.class).setParameter("modality", modalityId).getResultList();
    }
}
