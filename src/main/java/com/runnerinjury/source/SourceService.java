package com.runnerinjury.source;

import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.problem.ContentNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Reads published sources with their claim counts. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SourceService {

    private final SourceRepository sources;
    private final SourceCitations citations;

    public SourceService(SourceRepository sources, SourceCitations citations) {
        this.sources = sources;
        this.citations = citations;
    }

    public Page<SourceView> list(SortOrder sort, PageRequest page) {
        Page<Source> found = sources.find(sort, page);
        Map<String, Long> counts = citations.countPublishedCiting(found.items().stream().map(s -> s.id).toList());
        return found.map(s -> SourceView.from(s, counts.getOrDefault(s.id, 0L)));
    }

    public SourceView get(String id) {
        Source source = sources.findPublishedById(id)
                .orElseThrow(() -> ContentNotFoundException.byId("source", id));
        return SourceView.from(source, citations.countPublishedCiting(List.of(id)).getOrDefault(id, 0L));
    }
}
