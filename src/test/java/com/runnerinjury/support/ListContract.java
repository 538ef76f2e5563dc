package com.runnerinjury.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every paged list of the API must do, checked once here instead of by hand in each resource test: the default
 * page and envelope, pages that slice one ordered list, empty pages past the end, the {@code Link} header, the sort
 * orders and the 400 problems for bad {@code page}, {@code size} and {@code sort}. Lists ranked by relevance (search,
 * condition matches) take no {@code sort}; everything else applies to them too.
 */
public final class ListContract {

    /** Every sort order a sortable list accepts. */
    public static final List<String> SORTS = List.of("name", "-name", "updatedAt", "-updatedAt");
    /** Malformed or out-of-range values of {@code size}. */
    public static final List<String> BAD_SIZES = List.of("0", "101", "-1", "ten", "2.5");
    /** Malformed or out-of-range values of {@code page}. */
    public static final List<String> BAD_PAGES = List.of("0", "-3", "abc", "1000001");

    private static final List<String> ENVELOPE = List.of("items", "page", "size", "totalItems", "totalPages");
    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 100;
    private static final int MAX_PAGE = 1_000_000;
    /** Guards the link walk against a {@code next} link that never ends. */
    private static final int MAX_WALK = 200;

    private ListContract() {
    }

    /**
     * One list endpoint and what the contract needs to know about it.
     *
     * @param path the path, also the {@code instance} of its problems
     * @param query parameters every request needs, such as search's {@code q}
     * @param filters a filter that leaves at least two items, with repeated values where the list has a repeatable one
     * @param keyPaths the item fields that together identify an item, such as {@code slug}
     * @param nameField the item field {@code sort=name} orders by, or null for a list ranked by relevance
     */
    public record Endpoint(String path, Map<String, List<String>> query, Map<String, List<String>> filters,
            List<String> keyPaths, String nameField) {

        /** A list sorted by {@code sort}, by name by default; an item is identified by {@code keyPath}. */
        public static Endpoint sortable(String path, String keyPath, String nameField) {
            return new Endpoint(path, Map.of(), Map.of(), List.of(keyPath), nameField);
        }

        /** A list ranked by relevance; an item is identified by the values at {@code keyPaths} together. */
        public static Endpoint byRelevance(String path, String... keyPaths) {
            return new Endpoint(path, Map.of(), Map.of(), List.of(keyPaths), null);
        }

        /** This list with a parameter every request sends. */
        public Endpoint with(String parameter, String... values) {
            return new Endpoint(path, plus(query, parameter, values), filters, keyPaths, nameField);
        }

        /** This list with one more filter parameter for the checks that links keep filters. */
        public Endpoint filteredBy(String parameter, String... values) {
            return new Endpoint(path, query, plus(filters, parameter, values), keyPaths, nameField);
        }

        public boolean sortable() {
            return nameField != null;
        }

        @Override
        public String toString() {
            List<String> pairs = new ArrayList<>();
            query.forEach((name, values) -> values.forEach(v -> pairs.add(name + "=" + v)));
            return pairs.isEmpty() ? path : path + "?" + String.join("&", pairs);
        }

        private RequestSpecification request(Map<String, List<String>> parameters) {
            RequestSpecification request = given();
            query.forEach((name, values) -> request.queryParam(name, values.toArray()));
            parameters.forEach((name, values) -> request.queryParam(name, values.toArray()));
            return request;
        }

        private String keyOf(Map<String, Object> item) {
            List<String> parts = keyPaths.stream().map(p -> String.valueOf(valueAt(item, p))).toList();
            return String.join("/", parts);
        }

        private static Map<String, List<String>> plus(Map<String, List<String>> map, String name, String... values) {
            Map<String, List<String>> copy = new LinkedHashMap<>(map);
            copy.put(name, List.of(values));
            return Collections.unmodifiableMap(copy);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Paging and the envelope
    // ---------------------------------------------------------------------------------------------

    /** Without paging parameters a list is page 1 of 20 items in the envelope, with totals that agree. */
    public static void servesTheFirstPageOfTwentyByDefault(Endpoint list) {
        ExtractableResponse<Response> response = list.request(Map.of()).when().get(list.path())
                .then().statusCode(200)
                .contentType("application/json")
                .body("page", equalTo(1))
                .body("size", equalTo(DEFAULT_SIZE))
                .extract();
        Map<String, Object> envelope = response.jsonPath().getMap("");
        assertTrue(envelope.keySet().containsAll(ENVELOPE), list + " envelope " + envelope.keySet());
        int total = response.path("totalItems");
        assertTrue(total > 0, list + " must list something for the contract to check");
        assertEquals(pagesOf(total, DEFAULT_SIZE), (int) response.path("totalPages"), "totalPages of " + list);
        assertEquals(Math.min(total, DEFAULT_SIZE), response.<List<?>>path("items").size(), "items of " + list);
    }

    /** Every page at a given size is the matching slice of the whole list, the last one holding the remainder. */
    public static void servesEveryPageAsTheNextSliceOfTheWholeList(Endpoint list) {
        List<String> whole = wholeList(list, Map.of());
        int size = pageSizeFor(whole.size());
        int pages = pagesOf(whole.size(), size);
        for (int page = 1; page <= pages; page++) {
            List<String> keys = keys(list, list.request(paging(page, size)).when().get(list.path())
                    .then().statusCode(200)
                    .body("page", equalTo(page))
                    .body("size", equalTo(size))
                    .body("totalItems", equalTo(whole.size()))
                    .body("totalPages", equalTo(pages))
                    .extract());
            assertEquals(whole.subList((page - 1) * size, Math.min(page * size, whole.size())), keys,
                    "page " + page + " of size " + size + " of " + list);
        }
    }

    /**
     * A page past the end is a 200 with no items and the totals of the whole list; it links back to the last page as
     * its previous one, however far past the end it is.
     */
    public static void servesAnEmptyPageWithTotalsPastTheEnd(Endpoint list) {
        int total = totalItems(list, Map.of());
        int size = pageSizeFor(total);
        int pages = pagesOf(total, size);
        for (int page : List.of(pages + 1, pages + 3)) {
            String link = list.request(paging(page, size)).when().get(list.path())
                    .then().statusCode(200)
                    .body("items", empty())
                    .body("page", equalTo(page))
                    .body("size", equalTo(size))
                    .body("totalItems", equalTo(total))
                    .body("totalPages", equalTo(pages))
                    .extract().header("Link");
            assertLinks(orderedPages("first", 1, "prev", pages, "last", pages), link,
                    "links of page " + page + ", past the end of " + list);
        }
    }

    /** The largest page number and page size allowed are accepted. */
    public static void acceptsTheLargestPageAndSize(Endpoint list) {
        list.request(paging(MAX_PAGE, MAX_SIZE)).when().get(list.path())
                .then().statusCode(200)
                .body("page", equalTo(MAX_PAGE))
                .body("size", equalTo(MAX_SIZE))
                .body("items", empty());
    }

    /** Following {@code next} links from the first page visits every item exactly once, in list order. */
    public static void visitsEveryItemOnceFollowingNextLinks(Endpoint list) {
        List<String> whole = wholeList(list, Map.of());
        int size = pageSizeFor(whole.size());
        List<String> walked = new ArrayList<>();
        ExtractableResponse<Response> response = list.request(Map.of("size", List.of(String.valueOf(size))))
                .when().get(list.path()).then().statusCode(200).extract();
        int pages = 1;
        while (true) {
            assertEquals(pages, (int) response.path("page"), "page reached by following next links of " + list);
            assertEquals(size, (int) response.path("size"), "size kept by the next links of " + list);
            walked.addAll(keys(list, response));
            URI next = LinkHeader.parse(response.header("Link")).get("next");
            if (next == null || pages >= MAX_WALK) {
                break;
            }
            response = follow(next).then().statusCode(200).extract();
            pages++;
        }
        assertEquals(pagesOf(whole.size(), size), pages, "pages visited of " + list);
        assertEquals(whole.size(), new HashSet<>(walked).size(), "distinct items visited of " + list);
        assertEquals(whole, walked, "items visited following next links of " + list);
    }

    // ---------------------------------------------------------------------------------------------
    // Link header
    // ---------------------------------------------------------------------------------------------

    /**
     * Every page links the first and last pages, a previous page unless it is the first, and a next page unless it
     * is the last; every link is to the same list at the same size.
     */
    public static void linksFirstPrevNextAndLastFromEveryPage(Endpoint list) {
        int total = totalItems(list, Map.of());
        int size = pageSizeFor(total);
        int pages = pagesOf(total, size);
        assertTrue(pages >= 2, list + " needs at least two pages at size " + size);
        for (int page = 1; page <= pages; page++) {
            String header = list.request(paging(page, size)).when().get(list.path())
                    .then().statusCode(200).extract().header("Link");
            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("first", 1);
            if (page > 1) {
                expected.put("prev", page - 1);
            }
            if (page < pages) {
                expected.put("next", page + 1);
            }
            expected.put("last", pages);
            assertLinks(expected, header, "links of page " + page + " of " + list);
            int p = page;
            LinkHeader.parse(header).forEach((rel, uri) -> {
                assertEquals(list.path(), uri.getPath(), rel + " of page " + p + " of " + list);
                assertEquals(String.valueOf(size), LinkHeader.query(uri).get("size"), rel + " of page " + p);
            });
        }
    }

    /** A list that fits on one page links only its first and last page, both page 1. */
    public static void linksOnlyFirstAndLastForASinglePage(Endpoint list) {
        String header = list.request(paging(1, MAX_SIZE)).when().get(list.path())
                .then().statusCode(200)
                .body("totalPages", equalTo(1))
                .extract().header("Link");
        assertLinks(orderedPages("first", 1, "last", 1), header, "links of " + list);
        LinkHeader.parse(header).values()
                .forEach(uri -> assertEquals(String.valueOf(MAX_SIZE), LinkHeader.query(uri).get("size"), "" + uri));
    }

    /**
     * Links keep every other parameter of the request (filters, sort, repeated parameters with all their values in
     * order) and replace {@code page} and {@code size}; following one gives that page of the same filtered list.
     */
    public static void linksKeepFiltersAndRepeatedParametersReplacingPageAndSize(Endpoint list) {
        Map<String, List<String>> filters = new LinkedHashMap<>(list.filters());
        if (list.sortable()) {
            filters.put("sort", List.of("-name"));
        }
        int filteredTotal = totalItems(list, filters);
        assertTrue(filteredTotal >= 2, list + " filtered by " + filters + " needs at least two items");
        if (!list.filters().isEmpty()) {
            assertTrue(filteredTotal < totalItems(list, Map.of()), list + " must be narrowed by " + filters);
        }
        Map<String, List<String>> request = new LinkedHashMap<>(filters);
        request.putAll(paging(2, 1));
        String header = list.request(request).when().get(list.path())
                .then().statusCode(200).extract().header("Link");
        assertLinks(filteredTotal > 2 ? orderedPages("first", 1, "prev", 1, "next", 3, "last", filteredTotal)
                : orderedPages("first", 1, "prev", 1, "last", 2), header, "links of " + list + " filtered");
        Map<String, URI> links = LinkHeader.parse(header);
        Map<String, List<String>> kept = new LinkedHashMap<>(list.query());
        kept.putAll(filters);
        links.forEach((rel, uri) -> {
            Map<String, List<String>> params = LinkHeader.queryParams(uri);
            kept.forEach((name, values) -> assertEquals(values, params.get(name), name + " in " + rel + ": " + uri));
            assertEquals(List.of("1"), params.get("size"), "size in " + rel + ": " + uri);
            assertEquals(1, params.get("page").size(), "page in " + rel + ": " + uri);
            int page = Integer.parseInt(params.get("page").get(0));
            List<String> followed = keys(list, follow(uri).then().statusCode(200)
                    .body("page", equalTo(page))
                    .body("size", equalTo(1))
                    .body("totalItems", equalTo(filteredTotal))
                    .extract());
            Map<String, List<String>> direct = new LinkedHashMap<>(filters);
            direct.putAll(paging(page, 1));
            assertEquals(keys(list, list.request(direct).when().get(list.path()).then().statusCode(200).extract()),
                    followed, "items behind " + rel + ": " + uri);
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Sorting
    // ---------------------------------------------------------------------------------------------

    /** Without {@code sort} a list is sorted by name, and {@code sort=name} orders by name, then by key. */
    public static void sortsByNameByDefault(Endpoint list) {
        List<Map<String, Object>> byName = wholeItems(list, Map.of("sort", List.of("name")));
        assertEquals(keysOf(list, byName), wholeList(list, Map.of()), "default order of " + list);
        Comparator<Map<String, Object>> byNameThenKey = Comparator
                .comparing((Map<String, Object> item) -> (String) valueAt(item, list.nameField()))
                .thenComparing(list::keyOf);
        assertEquals(keysOf(list, sorted(byName, byNameThenKey)), keysOf(list, byName),
                "sort=name orders " + list + " by " + list.nameField());
    }

    /** {@code sort=-name} is exactly the reverse of {@code sort=name}. */
    public static void sortsByNameDescendingAsTheReverseOfName(Endpoint list) {
        assertReversed(list, "name", "-name");
    }

    /** {@code sort=updatedAt} orders by last update, items updated at the same instant by key. */
    public static void sortsByUpdatedAtWithTheKeyBreakingTies(Endpoint list) {
        List<Map<String, Object>> items = wholeItems(list, Map.of("sort", List.of("updatedAt")));
        Comparator<Map<String, Object>> byUpdateThenKey = Comparator
                .comparing((Map<String, Object> item) -> Instant.parse((String) item.get("updatedAt")))
                .thenComparing(list::keyOf);
        assertEquals(keysOf(list, sorted(items, byUpdateThenKey)), keysOf(list, items),
                "sort=updatedAt of " + list);
    }

    /** {@code sort=-updatedAt} is exactly the reverse of {@code sort=updatedAt}, ties included. */
    public static void sortsByUpdatedAtDescendingAsTheReverseOfUpdatedAt(Endpoint list) {
        assertReversed(list, "updatedAt", "-updatedAt");
    }

    /** Walking the pages of a sorted list gives the whole list in that order: pages neither overlap nor skip. */
    public static void keepsTheSortAcrossPages(Endpoint list, String sort) {
        Map<String, List<String>> sorting = Map.of("sort", List.of(sort));
        List<String> whole = wholeList(list, sorting);
        int size = pageSizeFor(whole.size());
        List<String> walked = new ArrayList<>();
        for (int page = 1; page <= pagesOf(whole.size(), size); page++) {
            Map<String, List<String>> request = new LinkedHashMap<>(sorting);
            request.putAll(paging(page, size));
            walked.addAll(keys(list, list.request(request).when().get(list.path()).then().statusCode(200).extract()));
        }
        assertEquals(whole, walked, "sort=" + sort + " across pages of size " + size + " of " + list);
    }

    // ---------------------------------------------------------------------------------------------
    // Bad paging and sort parameters
    // ---------------------------------------------------------------------------------------------

    /** A malformed or out-of-range {@code size} is a 400 problem naming {@code size} and the allowed range. */
    public static void rejectsABadPageSize(Endpoint list, String size) {
        list.request(Map.of("size", List.of(size))).when().get(list.path())
                .then().spec(ProblemSpecs.invalidParameters(list.path(), "size"))
                .body("errors[0].message", equalTo("must be a whole number between 1 and 100"))
                .body("detail", containsString("size"));
    }

    /** A malformed or out-of-range {@code page} is a 400 problem naming {@code page} and the allowed range. */
    public static void rejectsABadPageNumber(Endpoint list, String page) {
        list.request(Map.of("page", List.of(page))).when().get(list.path())
                .then().spec(ProblemSpecs.invalidParameters(list.path(), "page"))
                .body("errors[0].message", equalTo("must be a whole number between 1 and 1000000"))
                .body("detail", containsString("page"));
    }

    /** An unknown {@code sort} is a 400 problem naming {@code sort} and listing the orders there are. */
    public static void rejectsAnUnknownSortNamingTheOrders(Endpoint list) {
        list.request(Map.of("sort", List.of("popularity"))).when().get(list.path())
                .then().spec(ProblemSpecs.invalidParameters(list.path(), "sort"))
                .body("errors[0].message", equalTo("must be one of: name, -name, updatedAt, -updatedAt"));
    }

    /** Bad {@code page}, {@code size} and (where the list sorts) {@code sort} are all named in one problem. */
    public static void namesEveryBadPagingParameterInOneProblem(Endpoint list) {
        Map<String, List<String>> bad = new LinkedHashMap<>(paging(0, 0));
        bad.put("size", List.of("big"));
        if (list.sortable()) {
            bad.put("sort", List.of("popularity"));
        }
        list.request(bad).when().get(list.path())
                .then().spec(ProblemSpecs.invalidParameters(list.path(), bad.keySet().toArray(String[]::new)));
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    /** A page size that cuts the list into three or more pages, the last one usually shorter. */
    private static int pageSizeFor(int totalItems) {
        return Math.max(1, totalItems / 3);
    }

    private static int pagesOf(int totalItems, int size) {
        return (totalItems + size - 1) / size;
    }

    private static Map<String, List<String>> paging(int page, int size) {
        Map<String, List<String>> paging = new LinkedHashMap<>();
        paging.put("page", List.of(String.valueOf(page)));
        paging.put("size", List.of(String.valueOf(size)));
        return paging;
    }

    private static int totalItems(Endpoint list, Map<String, List<String>> parameters) {
        return list.request(parameters).when().get(list.path()).then().statusCode(200).extract().path("totalItems");
    }

    /** Every item of the list, on one page of the largest size, which the seeded lists fit on. */
    private static List<Map<String, Object>> wholeItems(Endpoint list, Map<String, List<String>> parameters) {
        Map<String, List<String>> request = new LinkedHashMap<>(parameters);
        request.putAll(paging(1, MAX_SIZE));
        return list.request(request).when().get(list.path())
                .then().statusCode(200)
                .body("totalPages", equalTo(1))
                .extract().jsonPath().getList("items");
    }

    private static List<String> wholeList(Endpoint list, Map<String, List<String>> parameters) {
        List<String> keys = keysOf(list, wholeItems(list, parameters));
        assertFalse(keys.isEmpty(), list + " must list something for the contract to check");
        return keys;
    }

    private static List<String> keys(Endpoint list, ExtractableResponse<Response> response) {
        return keysOf(list, response.jsonPath().getList("items"));
    }

    private static List<String> keysOf(Endpoint list, List<Map<String, Object>> items) {
        return items.stream().map(list::keyOf).toList();
    }

    private static void assertReversed(Endpoint list, String ascending, String descending) {
        List<String> reversed = new ArrayList<>(wholeList(list, Map.of("sort", List.of(ascending))));
        Collections.reverse(reversed);
        assertEquals(reversed, wholeList(list, Map.of("sort", List.of(descending))),
                "sort=" + descending + " of " + list + " must be the reverse of sort=" + ascending);
    }

    private static List<Map<String, Object>> sorted(List<Map<String, Object>> items,
            Comparator<Map<String, Object>> order) {
        List<Map<String, Object>> copy = new ArrayList<>(items);
        copy.sort(order);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object valueAt(Map<String, Object> item, String dottedPath) {
        Object value = item;
        for (String field : dottedPath.split("\\.")) {
            value = value == null ? null : ((Map<String, Object>) value).get(field);
        }
        return value;
    }

    private static Response follow(URI link) {
        // The server wrote the link already encoded: send it exactly as written.
        return given().urlEncodingEnabled(false).when().get(link.toString());
    }

    private static Map<String, Integer> orderedPages(Object... relsAndPages) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (int i = 0; i < relsAndPages.length; i += 2) {
            pages.put((String) relsAndPages[i], (Integer) relsAndPages[i + 1]);
        }
        return pages;
    }

    /** The relations of a Link header and their page numbers must be these, in this order. */
    private static void assertLinks(Map<String, Integer> expected, String header, String message) {
        assertNotNull(header, message + ": no Link header");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(LinkHeader.pages(header).entrySet()), message);
    }
}
