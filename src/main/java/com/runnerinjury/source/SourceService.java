package com.runnerinjury.source;

import com.runnerinjury.shared.content.ContentStatus;
import com.runnerinjury.shared.content.Visibility;
import com.runnerinjury.shared.paging.Page;
import com.runnerinjury.shared.paging.PageRequest;
import com.runnerinjury.shared.paging.SortOrder;
import com.runnerinjury.shared.problem.ContentGoneException;
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
        Map<String, Long> counts = citations.countCiting(found.items().stream().map(s -> s.id).toList(),
                Visibility.PUBLIC);
        return found.map(s -> SourceView.from(s, counts.getOrDefault(s.id, 0L)));
    }

    /** The published source; an archived one is gone, a draft not found. */
    public SourceView get(String id) {
        Source source = sources.findByIdOptional(id).orElseThrow(() -> ContentNotFoundException.byId("source", id));
        if (source.status == ContentStatus.ARCHIVED) {
            throw new ContentGoneException("source", "id", id);
        }
        if (!source.isPublished()) {
            throw ContentNotFoundException.byId("source", id);
        }
        return detail(source, Visibility.PUBLIC);
    }

    /** The source with how many claims visible at this level cite it. */
    SourceView detail(Source source, Visibility visibility) {
        return SourceView.from(source, citations.countCiting(List.of(source.id), visibility)
                .getOrDefault(source.id, 0L));
    }
}
