package com.runnerinjury.shared.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The one content version of all content. Each write raises it first thing in its transaction: the row lock
 * that takes is held until commit, so writes run one at a time and versions are handed out in commit order.
 */
@ApplicationScoped
public class ContentVersions {

    private final EntityManager entityManager;

    public ContentVersions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Raises the version for the current transaction's change and returns the new value. */
    public long next() {
        entityManager.createNativeQuery("update content_version set version = version + 1 where id = 1")
                .executeUpdate();
        return current();
    }

    /** The version of the newest committed change, as this transaction sees it. */
    public long current() {
        return ((Number) entityManager.createNativeQuery("select version from content_version where id = 1")
                .getSingleResult()).longValue();
    }
}
