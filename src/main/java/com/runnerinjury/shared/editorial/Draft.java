package com.runnerinjury.shared.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A pending edit of a published item, held as its full editable content until it is published or discarded. */
@Entity
@Table(name = "content_drafts")
public class Draft {

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = 200_000)
    public String content;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Which item the draft is of. */
    @Embeddable
    public record Key(
            @Convert(converter = ItemType.Converter.class) @Column(name = "item_type") ItemType itemType,
            @Column(name = "item_key") String itemKey) implements Serializable {
    }
}
