package com.runnerinjury.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.runnerinjury.client.ApiClient;
import com.runnerinjury.client.ApiException;
import com.runnerinjury.client.ApiResponse;
import com.runnerinjury.client.api.ClaimsApi;
import com.runnerinjury.client.api.ConditionsApi;
import com.runnerinjury.client.api.ConditionsApi.APIGetConditionRequest;
import com.runnerinjury.client.api.ConditionsApi.APIListConditionsRequest;
import com.runnerinjury.client.api.ModalitiesApi;
import com.runnerinjury.client.api.SearchApi;
import com.runnerinjury.client.model.BodyRegion;
import com.runnerinjury.client.model.ClaimView;
import com.runnerinjury.client.model.ConditionDetail;
import com.runnerinjury.client.model.ConditionMatch;
import com.runnerinjury.client.model.ConditionSummary;
import com.runnerinjury.client.model.EvidenceLevel;
import com.runnerinjury.client.model.ModalitySummary;
import com.runnerinjury.client.model.PageConditionMatch;
import com.runnerinjury.client.model.PageConditionSummary;
import com.runnerinjury.client.model.Problem;
import com.runnerinjury.client.model.SearchHit;
import com.runnerinjury.client.model.SearchType;
import com.runnerinjury.client.model.SortOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Uses the Java client generated from the spec as a wellness app would, against a running service: lists, pages,
 * filters, reads a detail and its nullable fields, revalidates it with {@code If-None-Match} and {@code HEAD},
 * searches, matches conditions, reads 404 and 400 problems as typed errors and reads an enum value it does not know.
 * Prints what it saw, one line a step, and fails on the first step that does not hold.
 */
public final class JavaClientSmoke {

    private final ApiClient client = new ApiClient();
    private final ConditionsApi conditions;

    private JavaClientSmoke(String baseUrl) {
        // Each API copies the base URI when it is created: set it first.
        client.updateBaseUri(baseUrl);
        conditions = new ConditionsApi(client);
    }

    public static void main(String[] args) throws Exception {
        new JavaClientSmoke(args[0]).run();
    }

    private void run() throws Exception {
        PageConditionSummary first = conditions.listConditions(
                APIListConditionsRequest.newBuilder().size(3).sort(SortOrder.NameDescending).build());
        List<String> ascending = new ArrayList<>(conditions.listConditions(
                APIListConditionsRequest.newBuilder().size(100).sort(SortOrder.Name).build()).getItems().stream()
                .map(ConditionSummary::getSlug).toList());
        Collections.reverse(ascending);
        check(ascending.subList(0, 3).equals(first.getItems().stream().map(ConditionSummary::getSlug).toList()),
                "NameDescending is Name reversed");
        print("list", first.getTotalItems() + " conditions in " + first.getTotalPages() + " pages of 3, Z to A: "
                + slugs(first.getItems(), ConditionSummary::getSlug));

        PageConditionSummary second = conditions.listConditions(
                APIListConditionsRequest.newBuilder().size(3).page(2).sort(SortOrder.NameDescending).build());
        check(second.getPage() == 2 && Collections.disjoint(first.getItems(), second.getItems()), "page 2 is new");
        print("page", "page " + second.getPage() + ": " + slugs(second.getItems(), ConditionSummary::getSlug));

        PageConditionSummary knee = conditions.listConditions(
                APIListConditionsRequest.newBuilder().bodyRegion(BodyRegion.KNEE).build());
        check(!knee.getItems().isEmpty()
                && knee.getItems().stream().allMatch(c -> c.getBodyRegion() == BodyRegion.KNEE), "knee only");
        print("filter", "bodyRegion=KNEE: " + slugs(knee.getItems(), ConditionSummary::getSlug));

        ApiResponse<ConditionDetail> read = conditions.getConditionWithHttpInfo(
                APIGetConditionRequest.newBuilder().slug("runners-knee").build());
        ConditionDetail detail = read.getData();
        String etag = read.getHeaders().get("ETag").get(0);
        check(detail.getSlug().equals("runners-knee") && !detail.getClaims().isEmpty(), "runners-knee detail");
        print("detail", detail.getName() + ": " + detail.getSymptoms().size() + " symptoms, "
                + detail.getClaims().size() + " claims, last reviewed " + detail.getLastReviewed() + " (LocalDate), "
                + "ETag " + etag);

        revalidate(etag);
        nullableFields();
        search();
        match();
        problems();
    }

    private void revalidate(String etag) throws ApiException {
        try {
            conditions.getCondition(APIGetConditionRequest.newBuilder().slug("runners-knee").ifNoneMatch(etag).build());
            throw new IllegalStateException("expected 304 Not Modified for the current ETag");
        } catch (ApiException e) {
            check(e.getCode() == 304 && e.getResponseBody().isEmpty(), "304 without a body, got " + e.getCode());
            print("304", "If-None-Match " + etag + ": " + e.getCode() + " Not Modified, keep the copy");
        }
        ApiResponse<Void> head = conditions.headGetConditionWithHttpInfo(
                ConditionsApi.APIHeadGetConditionRequest.newBuilder().slug("runners-knee").build());
        check(head.getStatusCode() == 200 && head.getHeaders().get("ETag").get(0).equals(etag), "HEAD, same ETag");
        print("head", "headGetCondition: " + head.getStatusCode() + ", same ETag, no body");
    }

    private void nullableFields() throws Exception {
        List<ClaimView> claims = new ClaimsApi(client).listClaims(
                ClaimsApi.APIListClaimsRequest.newBuilder().size(100).build()).getItems();
        ClaimView general = claims.stream().filter(c -> c.getCondition() == null).findFirst().orElseThrow();
        print("nullable", "claim " + general.getId() + ": condition null (a general claim), evidence "
                + general.getEvidenceLevel());
        List<ModalitySummary> modalities = new ModalitiesApi(client).listModalities(
                ModalitiesApi.APIListModalitiesRequest.newBuilder().build()).getItems();
        ModalitySummary timed = modalities.stream().filter(m -> m.getTypicalSessionMinutes() != null).findFirst()
                .orElseThrow();
        long untimed = modalities.stream().filter(m -> m.getTypicalSessionMinutes() == null).count();
        print("nullable", timed.getSlug() + ": needles in " + timed.getTypicalSessionMinutes().getMin() + "-"
                + timed.getTypicalSessionMinutes().getMax() + " min; " + untimed + " modalities give none (null)");

        ObjectMapper json = client.getObjectMapper();
        ObjectNode later = json.valueToTree(general);
        later.put("evidenceLevel", "peer-reviewed-trial").put("addedInALaterVersion", true);
        ClaimView read = json.treeToValue(later, ClaimView.class);
        check(read.getEvidenceLevel() == EvidenceLevel.UNKNOWN_DEFAULT_OPEN_API, "unknown enum value tolerated");
        print("enum", "evidenceLevel \"peer-reviewed-trial\" and an unknown field read as "
                + read.getEvidenceLevel().name());
    }

    private void search() throws ApiException {
        List<SearchHit> hits = new SearchApi(client).search(
                SearchApi.APISearchRequest.newBuilder().q("plantar fascitis").size(3).build()).getItems();
        SearchHit best = hits.get(0);
        check(best.getSlug().equals("plantar-fasciitis") && best.getType() == SearchType.CONDITION, "typo found");
        print("search", "\"plantar fascitis\": " + hits.stream()
                .map(h -> h.getSlug() + " (" + h.getType() + ", " + h.getScore() + ")")
                .collect(Collectors.joining(", ")));
    }

    private void match() throws ApiException {
        PageConditionMatch matches = conditions.matchConditions(ConditionsApi.APIMatchConditionsRequest.newBuilder()
                .symptom(List.of("knee-pain", "dull-knee-ache")).build());
        ConditionMatch best = matches.getItems().get(0);
        check(best.getCondition().getSlug().equals("runners-knee") && best.getScore() == 1.0
                && !matches.getDisclaimer().isBlank(), "runners-knee matches both symptoms");
        print("match", "knee-pain + dull-knee-ache: " + matches.getItems().stream()
                .map(m -> m.getCondition().getSlug() + " " + m.getScore())
                .collect(Collectors.joining(", ")) + "; disclaimer given");
    }

    private void problems() throws Exception {
        try {
            conditions.getCondition(APIGetConditionRequest.newBuilder().slug("runners-elbow").build());
            throw new IllegalStateException("expected 404 for an unknown slug");
        } catch (ApiException e) {
            Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            check(problem.getStatus() == 404 && problem.getType().equals("urn:runner-injury:problem:not-found"),
                    "404 problem");
            print("404", problem.getStatus() + " " + problem.getTitle() + " (" + problem.getType() + "): "
                    + problem.getDetail() + " at " + problem.getInstance());
        }
        try {
            conditions.listConditions(APIListConditionsRequest.newBuilder().size(1000).build());
            throw new IllegalStateException("expected 400 for size=1000");
        } catch (ApiException e) {
            Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            check(problem.getStatus() == 400 && problem.getErrors().get(0).getField().equals("size"), "400 problem");
            print("400", problem.getStatus() + " " + problem.getTitle() + ": " + problem.getErrors().get(0).getField()
                    + " " + problem.getErrors().get(0).getMessage());
        }
    }

    private static <T> String slugs(List<T> items, Function<T, String> slug) {
        return items.stream().map(slug).collect(Collectors.joining(", "));
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("Java client smoke failed: " + what);
        }
    }

    private static void print(String step, String what) {
        System.out.printf("java  %-8s %s%n", step, what);
    }
}
