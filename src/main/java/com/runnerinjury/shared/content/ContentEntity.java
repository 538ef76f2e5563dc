package com.runnerinjury.shared.content;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Editorial columns every content table shares: status, timestamps, review date and optimistic lock. */
@MappedSuperclass
public abstract class ContentEntity {

    @Convert(converter = ContentStatus.Converter.class)
    @Column(nullable = false)
    public ContentStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "last_reviewed")
    public LocalDate lastReviewed;

    @Version
    public long version;

    public boolean isPublished() {
        return status == ContentStatus.PUBLISHED;
    }
}
