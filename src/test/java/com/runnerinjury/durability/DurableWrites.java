package com.runnerinjury.durability;

import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.source.Source;
import com.runnerinjury.source.SourceKind;
import com.runnerinjury.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;

/** Writes draft sources through the application's repository, one transaction per write, and reads them back. */
@ApplicationScoped
public class DurableWrites {

    private final SourceRepository sources;

    public DurableWrites(SourceRepository sources) {
        this.sources = sources;
    }

    /** Returns once the write is committed: from then on it is acknowledged and must survive a crash. */
    @Transactional
    public void insert(String id) {
        Source source = new Source();
        source.id = id;
        source.title = "Durability probe " + id;
        source.kind = SourceKind.STUDY;
        source.status = ContentStatus.DRAFT;
        source.createdAt = Instant.now();
        source.updatedAt = source.createdAt;
        sources.persist(source);
    }

    @Transactional
    public long countExisting(Collection<String> ids) {
        return sources.count("id in ?1", ids);
    }
}
