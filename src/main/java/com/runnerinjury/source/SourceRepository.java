package com.runnerinjury.source;

import com.runnerinjury.claim.ClaimRepository;
import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.paging.SortOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Queries over published sources. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {

    public Optional<Source> findPublishedById(String id) {
        return find("id = ?1 and status = ?2", id, ContentStatus.PUBLISHED).firstResultOptional();
    }

    public Page<Source> find(SortOrder sort, PageRequest page) {
        return Page.fetch(find("from Source s where s.status = ?1", sort.toSort("s", "title", "id"),
                ContentStatus.PUBLISHED), page);
    }

    /** Public claims citing each of the given sources; a source no claim cites is absent from the map. */
    public Map<String, Long> countPublishedClaims(Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createQuery(
                        "select s.id, count(c) from Claim c join c.modality m left join c.condition k join c.sources s"
                                + " where s.id in :ids and " + ClaimRepository.IS_PUBLIC + " group by s.id",
                        Object[].class)
                .setParameter("ids", sourceIds)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
