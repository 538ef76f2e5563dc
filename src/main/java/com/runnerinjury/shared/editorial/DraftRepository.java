package com.runnerinjury.shared.editorial;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The pending drafts of published items. */
@ApplicationScoped
public class DraftRepository implements PanacheRepositoryBase<Draft, Draft.Key> {

    public Optional<Draft> find(ItemType type, String key) {
        return findByIdOptional(new Draft.Key(type, key));
    }

    public boolean exists(ItemType type, String key) {
        return find(type, key).isPresent();
    }
}
