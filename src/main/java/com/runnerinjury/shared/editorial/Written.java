package com.runnerinjury.shared.editorial;

/**
 * The outcome of a write or an editor's read: the item's key, its detail as editors now see it, and that detail's
 * ETag.
 *
 * @param <V> the detail view
 */
public record Written<V>(String key, V view, String etag) {
}
