package com.runnerinjury.condition;

import com.runnerinjury.shared.content.ConditionRef;
import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries over conditions: the public reads see published ones only. */
@ApplicationScoped
public class ConditionRepository implements PanacheRepository<Condition> {

    /** The condition in any status, its row locked until the transaction ends. */
    public Optional<Condition> lockBySlug(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The condition in any status. */
    public Optional<Condition> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Condition> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, ContentStatus.PUBLISHED).firstResultOptional();
    }

    public List<Condition> listPublished() {
        return list("status = ?1", ContentStatus.PUBLISHED);
    }

    /** Published conditions listing at least one of the given published symptoms, with their symptoms loaded. */
    public List<Condition> listPublishedWithAnySymptom(Collection<String> symptomSlugs) {
        return list("select distinct c from Condition c join fetch c.symptoms s where c.status = ?1 and exists"
                + " (select 1 from Condition c2 join c2.symptoms s2 where c2 = c and s2.slug in ?2 and s2.status = ?1)",
                ContentStatus.PUBLISHED, symptomSlugs);
    }

    /** For each symptom id, the conditions visible at this level listing it, by name. */
    public Map<Long, List<ConditionRef>> listRefsBySymptom(Collection<Long> symptomIds, Visibility visibility) {
        if (symptomIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ConditionRef>> refs = new HashMap<>();
        getEntityManager().createQuery("select s.id, c.slug, c.name from Condition c join c.symptoms s"
                + " where s.id in :ids and c.status in :visible order by c.name, c.slug", Object[].class)
                .setParameter("ids", symptomIds)
                .setParameter("visible", visibility.statuses())
                .getResultStream()
                .forEach(row -> refs.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new ConditionRef((String) row[1], (String) row[2])));
        return refs;
    }

    /** Slugs of the conditions, in any status, listing the symptom. */
    public List<String> slugsListingSymptom(long symptomId) {
        return getEntityManager().createQuery("select c.slug from Condition c join c.symptoms s where s.id = :symptom"
                + " order by c.slug", String.class).setParameter("symptom", symptomId).getResultList();
    }

    /**
     * The page of published conditions passing the filter's own fields. {@code slugs} restricts the result to
     * those slugs (found by text search or through claims); null means no restriction.
     */
    public Page<Condition> find(ConditionFilter filter, Collection<String> slugs, PageRequest page) {
        StringBuilder where = new StringBuilder("from Condition c where c.status = :published");
        Parameters params = Parameters.with("published", ContentStatus.PUBLISHED);
        if (filter.bodyRegion() != null) {
            where.append(" and c.bodyRegion = :bodyRegion");
            params.and("bodyRegion", filter.bodyRegion());
        }
        if (!filter.symptoms().isEmpty()) {
            where.append(" and (select count(distinct s.id) from Condition c2 join c2.symptoms s"
                    + " where c2 = c and s.slug in :symptoms and s.status = :published) = :symptomCount");
            params.and("symptoms", filter.symptoms()).and("symptomCount", (long) filter.symptoms().size());
        }
        if (slugs != null) {
            where.append(" and c.slug in :slugs");
            params.and("slugs", slugs);
        }
        return Page.fetch(find(where.toString(), filter.sort().toSort("c", "name", "slug"), params), page);
    }
}
