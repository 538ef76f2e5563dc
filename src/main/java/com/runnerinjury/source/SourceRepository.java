package com.runnerinjury.source;

import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.paging.SortOrder;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

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
}
