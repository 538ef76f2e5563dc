package com.runnerinjury.shared.editorial;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change of one content item: who, when, what it did, and the item's content after it. */
@Entity
@Table(name = "revisions")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "content_version", nullable = false)
    public long contentVersion;

    @Convert(converter = ItemType.Converter.class)
    @Column(name = "item_type", nullable = false)
    public ItemType itemType;

    @Column(name = "item_key", nullable = false)
    public String itemKey;

    @Column(nullable = false)
    public int number;

    @Convert(converter = RevisionAction.Converter.class)
    @Column(nullable = false)
    public RevisionAction action;

    /** The item's status after the change: a content status, or {@code deleted}. */
    @Column(nullable = false)
    public String status;

    @Convert(converter = PublicChange.Converter.class)
    @Column(name = "public_change")
    public PublicChange publicChange;

    @Column(nullable = false)
    public String author;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The item's full editable content after the change, as JSON. */
    @Column(nullable = false, length = 200_000)
    public String content;
}
