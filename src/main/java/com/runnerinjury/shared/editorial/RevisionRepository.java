package com.runnerinjury.shared.editorial;

import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries over the revision history and the public change feed derived from it. */
@ApplicationScoped
public class RevisionRepository implements PanacheRepository<Revision> {

    /** The number the item's next revision gets: one more than its newest, or 1. */
    public int nextNumber(ItemType type, String key) {
        Integer newest = getEntityManager()
                .createQuery("select max(r.number) from Revision r where r.itemType = :type and r.itemKey = :key",
                        Integer.class)
                .setParameter("type", type).setParameter("key", key).getSingleResult();
        return newest == null ? 1 : newest + 1;
    }

    /** The item's revisions, newest first. */
    public Page<Revision> history(ItemType type, String key, PageRequest page) {
        return Page.fetch(find("itemType = ?1 and itemKey = ?2", Sort.descending("number"), type, key), page);
    }

    public Optional<Revision> findByNumber(ItemType type, String key, int number) {
        return find("itemType = ?1 and itemKey = ?2 and number = ?3", type, key, number).firstResultOptional();
    }

    /** Changes the public saw after the given content version, oldest first, at most {@code limit}. */
    public List<Revision> publicChangesAfter(long contentVersion, int limit) {
        return find("publicChange is not null and contentVersion > ?1", Sort.ascending("contentVersion"),
                contentVersion).page(0, limit).list();
    }
}
