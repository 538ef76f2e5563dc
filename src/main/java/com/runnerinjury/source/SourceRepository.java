package com.runnerinjury.source;

import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.paging.SortOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Queries over sources: the public reads see published ones only. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, String> {

    /** The source in any status, its row locked until the transaction ends. */
    public Optional<Source> lockById(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Page<Source> find(SortOrder sort, PageRequest page) {
        return Page.fetch(find("from Source s where s.status = ?1", sort.toSort("s", "title", "id"),
                ContentStatus.PUBLISHED), page);
    }
}
