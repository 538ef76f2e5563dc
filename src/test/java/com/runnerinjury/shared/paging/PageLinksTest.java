package com.runnerinjury.shared.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.runnerinjury.support.LinkHeader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Unit tests of the Link header of one page: which pages it links and what it keeps of the request URI. */
class PageLinksTest {

    private static final String CONDITIONS = "/api/v1/conditions";

    @Test
    void linksFirstNextAndLastFromTheFirstPage() {
        assertEquals(List.of("first=1", "next=2", "last=4"), pages(header(uri("?size=3"), 1, 3, 4)));
    }

    @Test
    void linksFirstPrevNextAndLastFromAMiddlePage() {
        assertEquals(List.of("first=1", "prev=1", "next=3", "last=4"),
                pages(header(uri("?size=3&page=2"), 2, 3, 4)));
    }

    @Test
    void linksFirstPrevAndLastButNoNextFromTheLastPage() {
        assertEquals(List.of("first=1", "prev=3", "last=4"), pages(header(uri("?size=3&page=4"), 4, 3, 4)));
    }

    @Test
    void linksOnlyFirstAndLastForASinglePage() {
        assertEquals(List.of("first=1", "last=1"), pages(header(uri(""), 1, 20, 1)));
    }

    @Test
    void linksPageOneAsFirstAndLastOfAnEmptyList() {
        assertEquals(List.of("first=1", "last=1"), pages(header(uri("?bodyRegion=hip"), 1, 20, 0)));
    }

    @Test
    void linksBackToTheLastPageFromAPagePastTheEnd() {
        assertEquals(List.of("first=1", "prev=4", "last=4"), pages(header(uri("?size=3&page=9"), 9, 3, 4)));
        assertEquals(List.of("first=1", "prev=1", "last=1"), pages(header(uri("?page=3"), 3, 20, 0)));
    }

    @Test
    void keepsEveryOtherParameterWithAllItsValuesInOrder() {
        String header = header(uri("?symptom=knee-pain&symptom=heel-pain&bodyRegion=knee&sort=-name&page=2"),
                2, 1, 3);
        LinkHeader.parse(header).forEach((rel, link) -> {
            Map<String, List<String>> params = LinkHeader.queryParams(link);
            assertEquals(List.of("knee-pain", "heel-pain"), params.get("symptom"), rel);
            assertEquals(List.of("knee"), params.get("bodyRegion"), rel);
            assertEquals(List.of("-name"), params.get("sort"), rel);
        });
    }

    @Test
    void replacesPageAndSizeWithOneValueEachEvenWhenRepeated() {
        String header = header(uri("?page=2&page=7&size=50&size=3&q=knee"), 2, 3, 4);
        assertEquals(List.of("first=1", "prev=1", "next=3", "last=4"), pages(header));
        LinkHeader.parse(header).forEach((rel, link) -> {
            Map<String, List<String>> params = LinkHeader.queryParams(link);
            assertEquals(List.of("3"), params.get("size"), rel);
            assertEquals(1, params.get("page").size(), rel);
            assertEquals(List.of("knee"), params.get("q"), rel);
        });
    }

    @Test
    void addsPageAndSizeWhenTheRequestHadNone() {
        String header = header("/api/v1/claims", 1, 20, 4);
        assertEquals(List.of("first=1", "next=2", "last=4"), pages(header));
        LinkHeader.parse(header).forEach((rel, link) -> {
            Map<String, List<String>> params = LinkHeader.queryParams(link);
            assertEquals(Set.of("size", "page"), params.keySet(), rel);
            assertEquals(List.of("20"), params.get("size"), rel);
        });
    }

    @Test
    void linksRelativeToTheRequestSoNoHostOrSchemeIsTrusted() {
        String header = header("/api/v1/search?q=knee%20pain&type=symptom", 1, 5, 2);
        LinkHeader.parse(header).forEach((rel, link) -> {
            assertEquals(null, link.getScheme(), rel);
            assertEquals(null, link.getHost(), rel);
            assertEquals("/api/v1/search", link.getPath(), rel);
            assertEquals("knee pain", LinkHeader.queryParams(link).get("q").get(0), rel);
        });
    }

    @Test
    void percentEncodesCharactersThatCannotStandInALink() {
        String header = header("/api/v1/search?q=a>b<c\"d", 1, 5, 1);
        assertEquals("</api/v1/search?q=a%3Eb%3Cc%22d&size=5&page=1>; rel=\"first\", "
                + "</api/v1/search?q=a%3Eb%3Cc%22d&size=5&page=1>; rel=\"last\"", header);
    }

    @Test
    void writesOneLinkPerRelationAsRfc8288Says() {
        assertEquals("<" + CONDITIONS + "?bodyRegion=knee&size=1&page=1>; rel=\"first\", "
                + "<" + CONDITIONS + "?bodyRegion=knee&size=1&page=1>; rel=\"prev\", "
                + "<" + CONDITIONS + "?bodyRegion=knee&size=1&page=3>; rel=\"next\", "
                + "<" + CONDITIONS + "?bodyRegion=knee&size=1&page=3>; rel=\"last\"",
                header(uri("?bodyRegion=knee&page=2&size=1"), 2, 1, 3));
    }

    private static String uri(String query) {
        return CONDITIONS + query;
    }

    /** The relations of a header with the page each links, in header order, as "rel=page". */
    private static List<String> pages(String header) {
        return LinkHeader.pages(header).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** The header for a request target given as path and query, as the server receives it. */
    private static String header(String target, int page, int size, int totalPages) {
        int question = target.indexOf('?');
        return question < 0
                ? PageLinks.header(target, null, page, size, totalPages)
                : PageLinks.header(target.substring(0, question), target.substring(question + 1), page, size,
                        totalPages);
    }
}
