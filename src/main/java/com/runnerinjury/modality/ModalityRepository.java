package com.runnerinjury.modality;

import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.paging.SortOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Queries over modalities: the public reads see published ones only. */
@ApplicationScoped
public class ModalityRepository implements PanacheRepository<Modality> {

    /** The modality in any status, its row locked until the transaction ends. */
    public Optional<Modality> lockBySlug(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The modality in any status. */
    public Optional<Modality> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Modality> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, ContentStatus.PUBLISHED).firstResultOptional();
    }

    public List<Modality> listPublished() {
        return list("status = ?1", ContentStatus.PUBLISHED);
    }

    public Page<Modality> find(ModalityCategory category, SortOrder sort, PageRequest page) {
        StringBuilder where = new StringBuilder("from Modality m where m.status = :published");
        Parameters params = Parameters.with("published", ContentStatus.PUBLISHED);
        if (category != null) {
            where.append(" and m.category = :category");
            params.and("category", category);
        }
        return Page.fetch(find(where.toString(), sort.toSort("m", "name", "slug"), params), page);
    }
}
