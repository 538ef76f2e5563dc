package com.runnerinjury.source;

import com.runnerinjury.shared.content.ContentEntity;
import com.runnerinjury.shared.content.SourceRef;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A publication that claims are attributed to. */
@Entity
@Table(name = "sources")
public class Source extends ContentEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String title;

    public String author;

    @Column(name = "author_credentials")
    public String authorCredentials;

    @Convert(converter = SourceKind.Converter.class)
    @Column(nullable = false)
    public SourceKind kind;

    public String publisher;

    public String url;

    public SourceRef toRef() {
        return new SourceRef(id, title);
    }
}
