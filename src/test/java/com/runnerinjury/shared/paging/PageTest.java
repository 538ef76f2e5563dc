package com.runnerinjury.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit tests of the list envelope: page counts, slicing, fetching one page of a query, and offsets. */
class PageTest {

    private static final List<Integer> TEN = IntStream.rangeClosed(1, 10).boxed().toList();

    @ParameterizedTest(name = "{0} items of {1} per page")
    @CsvSource({"0, 20, 0", "1, 20, 1", "20, 20, 1", "21, 20, 2", "10, 3, 4", "9, 3, 3", "67, 100, 1", "67, 1, 67"})
    void countsThePagesNeededForAllItems(long totalItems, int size, int totalPages) {
        Page<String> page = Page.of(List.of(), new PageRequest(1, size), totalItems);
        assertEquals(totalPages, page.totalPages());
        assertEquals(totalItems, page.totalItems());
        assertEquals(size, page.size());
    }

    @Test
    void slicesTheFirstPage() {
        assertEquals(new Page<>(List.of(1, 2, 3), 1, 3, 10, 4), Page.slice(TEN, new PageRequest(1, 3)));
    }

    @Test
    void slicesAMiddlePage() {
        assertEquals(new Page<>(List.of(4, 5, 6), 2, 3, 10, 4), Page.slice(TEN, new PageRequest(2, 3)));
    }

    @Test
    void slicesTheRemainderOntoTheLastPage() {
        assertEquals(new Page<>(List.of(10), 4, 3, 10, 4), Page.slice(TEN, new PageRequest(4, 3)));
    }

    @Test
    void slicesAnEmptyPageWithTheTotalsPastTheEnd() {
        assertEquals(new Page<>(List.of(), 5, 3, 10, 4), Page.slice(TEN, new PageRequest(5, 3)));
        assertEquals(new Page<>(List.of(), PageRequest.MAX_PAGE, 100, 10, 1),
                Page.slice(TEN, new PageRequest(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE)));
    }

    @Test
    void slicesAnEmptyListIntoNoPages() {
        assertEquals(new Page<>(List.of(), 1, 20, 0, 0), Page.slice(List.of(), new PageRequest(1, 20)));
    }

    @Test
    void slicesACopyThatLaterChangesToTheListDoNotReach() {
        List<Integer> all = new ArrayList<>(TEN);
        Page<Integer> page = Page.slice(all, new PageRequest(1, 2));
        all.set(0, 99);
        assertEquals(List.of(1, 2), page.items());
        assertThrows(UnsupportedOperationException.class, () -> page.items().add(3));
    }

    @Test
    void mapsTheItemsKeepingWhereThePageSits() {
        assertEquals(new Page<>(List.of("4", "5", "6"), 2, 3, 10, 4),
                Page.slice(TEN, new PageRequest(2, 3)).map(String::valueOf));
    }

    @Test
    void fetchesTheRowsOfTheRequestedPageAfterCountingAll() {
        List<String> calls = new ArrayList<>();
        Page<String> page = Page.fetch(query(calls, 10), new PageRequest(2, 3));
        assertEquals(List.of("count", "range 3..5", "list"), calls);
        assertEquals(new Page<>(List.of("row"), 2, 3, 10, 4), page);
    }

    @Test
    void fetchesNoRowsForAPagePastTheEnd() {
        List<String> calls = new ArrayList<>();
        Page<String> page = Page.fetch(query(calls, 10), new PageRequest(5, 3));
        assertEquals(List.of("count"), calls);
        assertEquals(new Page<>(List.of(), 5, 3, 10, 4), page);
    }

    @ParameterizedTest(name = "page {0} of size {1}")
    @CsvSource({"1, 20, 0", "2, 20, 20", "3, 7, 14", "1000000, 100, 99999900"})
    void offsetsAPageByTheItemsOfThePagesBeforeIt(int page, int size, int offset) {
        assertEquals(offset, new PageRequest(page, size).offset());
    }

    /** A query of {@code total} rows that records what is asked of it and returns one row for any range. */
    @SuppressWarnings("unchecked")
    private static PanacheQuery<String> query(List<String> calls, long total) {
        return (PanacheQuery<String>) Proxy.newProxyInstance(PageTest.class.getClassLoader(),
                new Class<?>[]{PanacheQuery.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "count" -> {
                        calls.add("count");
                        yield total;
                    }
                    case "range" -> {
                        calls.add("range " + args[0] + ".." + args[1]);
                        yield proxy;
                    }
                    case "list" -> {
                        calls.add("list");
                        yield List.of("row");
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
