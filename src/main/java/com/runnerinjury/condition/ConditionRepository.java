package com.runnerinjury.condition;

import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Queries over published conditions. */
@ApplicationScoped
public class ConditionRepository implements PanacheRepository<Condition> {

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

    /**
     * The page of published conditions passing the filter. {@code slugs} restricts the result to those slugs
     * (the matches of a text query); null means no restriction.
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
        if (filter.modality() != null) {
            where.append(" and exists (select 1 from Claim cl where cl.condition = c and cl.modality.slug = :modality"
                    + " and cl.status = :published and cl.modality.status = :published)");
            params.and("modality", filter.modality());
        }
        if (slugs != null) {
            where.append(" and c.slug in :slugs");
            params.and("slugs", slugs);
        }
        return Page.fetch(find(where.toString(), filter.sort().toSort("c", "name", "slug"), params), page);
    }
}
