package com.runnerinjury.symptom;

import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Queries over symptoms: the public reads see published ones only. */
@ApplicationScoped
public class SymptomRepository implements PanacheRepository<Symptom> {

    /** The symptom in any status, its row locked until the transaction ends. */
    public Optional<Symptom> lockBySlug(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The symptom in any status. */
    public Optional<Symptom> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Symptom> listPublished() {
        return list("status = ?1", ContentStatus.PUBLISHED);
    }

    /** The symptoms with these slugs that content may link to: drafts and published ones. */
    public List<Symptom> listLinkableBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of()
                : list("slug in ?1 and status in ?2", slugs, Visibility.EDITORIAL.statuses());
    }

    public List<Symptom> listPublishedBySlugs(Collection<String> slugs) {
        return list("slug in ?1 and status = ?2", slugs, ContentStatus.PUBLISHED);
    }

    public Page<Symptom> find(SymptomFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("from Symptom s where s.status = :published");
        Parameters params = Parameters.with("published", ContentStatus.PUBLISHED);
        if (filter.bodyRegion() != null) {
            where.append(" and s.bodyRegion = :bodyRegion");
            params.and("bodyRegion", filter.bodyRegion());
        }
        return Page.fetch(find(where.toString(), filter.sort().toSort("s", "name", "slug"), params), page);
    }
}
