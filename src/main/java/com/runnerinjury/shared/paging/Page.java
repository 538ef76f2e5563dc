package com.runnerinjury.shared.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope: one page of items and where it sits in the whole list. */
public record Page<T>(
        @Schema(description = "The items on this page; empty when the page is past the end.") List<T> items,
        @Schema(description = "1-based number of this page.", examples = "1") int page,
        @Schema(description = "Requested page size.", examples = "20") int size,
        @Schema(description = "Number of items in the whole list.", examples = "10") long totalItems,
        @Schema(description = "Number of pages in the whole list at this size.", examples = "1") int totalPages)
        implements
            Paged {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems, totalPages(totalItems, request.size()));
    }

    /** Runs a query for one page: a count of the whole list, then the rows of the requested page. */
    public static <T> Page<T> fetch(PanacheQuery<T> query, PageRequest request) {
        long total = query.count();
        List<T> items = request.offset() >= total
                ? List.of()
                : query.range(request.offset(), request.offset() + request.size() - 1).list();
        return of(items, request, total);
    }

    /** Cuts one page out of a list that is already complete and ordered in memory. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return of(List.copyOf(all.subList(from, to)), request, all.size());
    }

    public <R> Page<R> map(Function<? super T, R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }

    private static int totalPages(long totalItems, int size) {
        return (int) ((totalItems + size - 1) / size);
    }
}
