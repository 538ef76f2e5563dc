package com.runnerinjury.source;

import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.editorial.Editable;
import com.runnerinjury.shared.editorial.ItemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** How editors change sources: what the editorial service needs of them. */
@ApplicationScoped
public class SourceEditing implements Editable<Source, SourceDocument, SourceView> {

    private final SourceRepository sources;
    private final SourceCitations citations;
    private final SourceService service;

    public SourceEditing(SourceRepository sources, SourceCitations citations, SourceService service) {
        this.sources = sources;
        this.citations = citations;
        this.service = service;
    }

    @Override
    public ItemType type() {
        return ItemType.SOURCE;
    }

    @Override
    public Class<SourceDocument> documentType() {
        return SourceDocument.class;
    }

    @Override
    public String keyOf(SourceDocument document) {
        return document.id();
    }

    @Override
    public Optional<Source> lock(String id) {
        return sources.lockById(id);
    }

    @Override
    public Source instantiate(SourceDocument document) {
        Source source = new Source();
        source.id = document.id();
        return source;
    }

    @Override
    public void apply(SourceDocument document, Source source) {
        source.title = document.title();
        source.author = document.author();
        source.authorCredentials = document.authorCredentials();
        source.kind = document.kind();
        source.publisher = document.publisher();
        source.url = document.url();
    }

    @Override
    public void persist(Source source) {
        sources.persist(source);
    }

    @Override
    public SourceDocument document(Source source) {
        return new SourceDocument(source.id, source.title, source.author, source.authorCredentials, source.kind,
                source.publisher, source.url);
    }

    @Override
    public SourceView view(Source source, Visibility visibility) {
        return service.detail(source, visibility);
    }

    @Override
    public List<String> linkedBy(Source source) {
        return citations.claimsCiting(source.id).stream().map(id -> "claim '" + id + "'").toList();
    }

    @Override
    public void delete(Source source) {
        sources.delete(source);
    }
}
