package com.runnerinjury.shared.editorial;

import com.runnerinjury.shared.content.ContentEntity;
import com.runnerinjury.shared.content.Visibility;
import java.util.List;
import java.util.Optional;

/**
 * What the editorial service needs of one kind of content item: how to find, lock, fill, show and delete it.
 * Each feature implements it for its entity {@code E} and its editable document {@code D}, the request body of
 * {@code POST} and {@code PUT}.
 *
 * @param <E> the entity
 * @param <D> the editable document
 * @param <V> the detail view
 */
public interface Editable<E extends ContentEntity, D, V> {

    ItemType type();

    Class<D> documentType();

    /** The slug or id a document names. */
    String keyOf(D document);

    /** The item with this key in any status, its row locked for the rest of the transaction. */
    Optional<E> lock(String key);

    /** A new, unsaved item with the document's key. */
    E instantiate(D document);

    /**
     * Copies the document onto the item and resolves its links.
     *
     * @throws com.runnerinjury.shared.problem.InvalidBodyException naming each link to content that does not exist
     */
    void apply(D document, E item);

    void persist(E item);

    /** The item's editable content, as {@code PUT} would send it. */
    D document(E item);

    /** The item's detail, as a GET by key returns it, showing linked content that is visible at that level. */
    V view(E item, Visibility visibility);

    /** What still links to the item, described for a person, e.g. {@code claim 'acupuncture-knee-pain'}. */
    List<String> linkedBy(E item);

    void delete(E item);
}
