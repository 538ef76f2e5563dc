package com.runnerinjury;

import com.runnerinjury.support.ListContract;
import com.runnerinjury.support.ListContract.Endpoint;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Holds every paged list of the API to the {@link ListContract}: paging, envelope, Link header, sort and 400s. */
@QuarkusTest
class ListContractTest {

    /** Every list endpoint, each with a filter (repeated where the list has a repeatable one) that keeps two items. */
    static Stream<Endpoint> lists() {
        return Stream.of(
                Endpoint.sortable("/api/v1/conditions", "slug", "name")
                        .filteredBy("bodyRegion", "knee").filteredBy("symptom", "knee-pain"),
                Endpoint.sortable("/api/v1/symptoms", "slug", "name")
                        .filteredBy("bodyRegion", "knee"),
                Endpoint.sortable("/api/v1/modalities", "slug", "name")
                        .filteredBy("category", "traditional-chinese-medicine"),
                Endpoint.sortable("/api/v1/claims", "id", "statement")
                        .filteredBy("modality", "acupuncture")
                        .filteredBy("evidenceLevel", "weak", "traditional-theory"),
                Endpoint.sortable("/api/v1/sources", "id", "title"),
                Endpoint.sortable("/api/v1/conditions/low-back-pain/claims", "id", "statement")
                        .filteredBy("outcome", "pain-relief", "recovery"),
                Endpoint.sortable("/api/v1/modalities/acupuncture/claims", "id", "statement")
                        .filteredBy("evidenceLevel", "study-reported", "traditional-theory"),
                Endpoint.byRelevance("/api/v1/search", "type", "slug")
                        .with("q", "knee pain").filteredBy("type", "condition", "symptom"),
                Endpoint.byRelevance("/api/v1/condition-matches", "condition.slug")
                        .with("symptom", "knee-pain", "irritated-tendon"));
    }

    static Stream<Endpoint> sortableLists() {
        return lists().filter(Endpoint::sortable);
    }

    static Stream<Arguments> sortableListsAndSorts() {
        return sortableLists().flatMap(list -> ListContract.SORTS.stream().map(sort -> Arguments.of(list, sort)));
    }

    static Stream<Arguments> listsAndBadSizes() {
        return withEach(ListContract.BAD_SIZES);
    }

    static Stream<Arguments> listsAndBadPages() {
        return withEach(ListContract.BAD_PAGES);
    }

    private static Stream<Arguments> withEach(List<String> values) {
        return lists().flatMap(list -> values.stream().map(value -> Arguments.of(list, value)));
    }

    // ---------------------------------------------------------------------------------------------
    // Paging and the envelope
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void servesTheFirstPageOfTwentyByDefault(Endpoint list) {
        ListContract.servesTheFirstPageOfTwentyByDefault(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void servesEveryPageAsTheNextSliceOfTheWholeList(Endpoint list) {
        ListContract.servesEveryPageAsTheNextSliceOfTheWholeList(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void servesAnEmptyPageWithTotalsPastTheEnd(Endpoint list) {
        ListContract.servesAnEmptyPageWithTotalsPastTheEnd(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void acceptsTheLargestPageAndSize(Endpoint list) {
        ListContract.acceptsTheLargestPageAndSize(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void visitsEveryItemOnceFollowingNextLinks(Endpoint list) {
        ListContract.visitsEveryItemOnceFollowingNextLinks(list);
    }

    // ---------------------------------------------------------------------------------------------
    // Link header
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void linksFirstPrevNextAndLastFromEveryPage(Endpoint list) {
        ListContract.linksFirstPrevNextAndLastFromEveryPage(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void linksOnlyFirstAndLastForASinglePage(Endpoint list) {
        ListContract.linksOnlyFirstAndLastForASinglePage(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void linksKeepFiltersAndRepeatedParametersReplacingPageAndSize(Endpoint list) {
        ListContract.linksKeepFiltersAndRepeatedParametersReplacingPageAndSize(list);
    }

    // ---------------------------------------------------------------------------------------------
    // Sorting (lists ranked by relevance take no sort)
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("sortableLists")
    void sortsByNameByDefault(Endpoint list) {
        ListContract.sortsByNameByDefault(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sortableLists")
    void sortsByNameDescendingAsTheReverseOfName(Endpoint list) {
        ListContract.sortsByNameDescendingAsTheReverseOfName(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sortableLists")
    void sortsByUpdatedAtWithTheKeyBreakingTies(Endpoint list) {
        ListContract.sortsByUpdatedAtWithTheKeyBreakingTies(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sortableLists")
    void sortsByUpdatedAtDescendingAsTheReverseOfUpdatedAt(Endpoint list) {
        ListContract.sortsByUpdatedAtDescendingAsTheReverseOfUpdatedAt(list);
    }

    @ParameterizedTest(name = "{0} sort={1}")
    @MethodSource("sortableListsAndSorts")
    void keepsTheSortAcrossPages(Endpoint list, String sort) {
        ListContract.keepsTheSortAcrossPages(list, sort);
    }

    // ---------------------------------------------------------------------------------------------
    // Bad paging and sort parameters
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} size={1}")
    @MethodSource("listsAndBadSizes")
    void rejectsABadPageSize(Endpoint list, String size) {
        ListContract.rejectsABadPageSize(list, size);
    }

    @ParameterizedTest(name = "{0} page={1}")
    @MethodSource("listsAndBadPages")
    void rejectsABadPageNumber(Endpoint list, String page) {
        ListContract.rejectsABadPageNumber(list, page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sortableLists")
    void rejectsAnUnknownSortNamingTheOrders(Endpoint list) {
        ListContract.rejectsAnUnknownSortNamingTheOrders(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void namesEveryBadPagingParameterInOneProblem(Endpoint list) {
        ListContract.namesEveryBadPagingParameterInOneProblem(list);
    }
}
