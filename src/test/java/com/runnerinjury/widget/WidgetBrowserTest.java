package com.runnerinjury.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The widgets in a real browser against the running service: each renders what the API says, reacts to the
 * visitor, works from another origin, says in words when something is missing or unreachable, and logs nothing
 * to the console. Screenshots of each state go to {@code target/widget-screenshots/}.
 */
@QuarkusTest
class WidgetBrowserTest {

    private static final String CARD_SLUG = "runners-knee";

    /** What a value lost between the API and the page prints as. */
    private static final Pattern MISSING_VALUE = Pattern.compile("\\b(null|undefined|NaN)\\b|\\[object ");

    private static Chromium chromium;
    private static HostPage clinic;

    @TestHTTPResource("/")
    URL service;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start().orElse(null);
        clinic = new HostPage();
    }

    @BeforeEach
    void skipWithoutABrowser() {
        Assumptions.assumeTrue(chromium != null, Chromium::missing);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
        if (clinic != null) {
            clinic.close();
        }
    }

    @Test
    void demoPageShowsEachComponentWithItsSnippetToCopy() {
        openDemo();
        String script = "<script type=\"module\" src=\"" + service + "widget/runner-injury.js\"></script>";
        for (String tag : List.of("injury-card", "symptom-checker", "injury-search")) {
            WebElement example = chromium.driver().findElement(By.cssSelector(".example > " + tag));
            WebElement section = example.findElement(By.xpath("ancestor::section"));
            String snippet = section.findElement(By.cssSelector(".snippet code")).getText();
            assertThat(snippet, containsString(script));
            assertThat(snippet, containsString("<" + tag));
            assertTrue(section.findElement(By.cssSelector("button[data-copy]")).isDisplayed(), tag + " copy button");
        }
        awaitCard(shadow("#demo-card"));
        chromium.await("the symptoms", driver -> !shadow("#demo-checker").findElements(checkbox()).isEmpty());
        chromium.screenshotPage("demo-page");
        chromium.assertConsoleClean();
    }

    @Test
    void cardShowsTheConditionAsTheApiDescribesIt() {
        JsonPath condition = json("/api/v1/conditions/" + CARD_SLUG);
        openDemo();
        SearchContext card = shadow("#demo-card");
        awaitCard(card);

        assertEquals(condition.getString("name"), text(card, ".title"));
        assertEquals(condition.getString("summary"), text(card, ".summary"));
        List<String> aliases = condition.getList("aliases");
        assertEquals(aliases.isEmpty(), card.findElements(By.cssSelector(".aliases")).isEmpty());
        aliases.forEach(alias -> assertThat(text(card, ".aliases"), containsString(alias)));
        assertEquals(condition.getList("symptoms.name"), texts(card, ".symptoms li"));
        assertEquals(condition.getList("whenToSeeADoctor"), texts(card, ".doctor li"));
        assertClaimsGroupedByModality(card, condition.getList("claims"));
        assertSourcesAttributed(card, new LinkedHashSet<>(condition.getList("claims.sources.flatten().id")));
        assertEquals(condition.getString("lastReviewed"),
                card.findElement(By.cssSelector(".reviewed time")).getDomAttribute("datetime"));
        assertEquals(condition.getString("disclaimer"), text(card, ".disclaimer"));

        chromium.screenshot(chromium.driver().findElement(By.id("demo-card")), "injury-card");
        chromium.assertConsoleClean();
    }

    @Test
    void aRepeatedRequestIsRevalidatedByItsETagAndAnsweredFromThePage() {
        String other = json("/api/v1/conditions?size=2&sort=name").getList("items.slug", String.class).stream()
                .filter(slug -> !slug.equals(CARD_SLUG)).findFirst().orElseThrow();
        openDemo();
        SearchContext card = shadow("#demo-card");
        awaitCard(card);
        setCondition(other);
        chromium.await("the other condition", driver -> text(card, ".title")
                .equals(json("/api/v1/conditions/" + other).getString("name")));
        setCondition(CARD_SLUG);
        String name = json("/api/v1/conditions/" + CARD_SLUG).getString("name");
        chromium.await("the first condition again", driver -> text(card, ".title").equals(name));

        Object statuses = chromium.script("return performance.getEntriesByType('resource')"
                + ".filter(entry => new URL(entry.name).pathname === '/api/v1/conditions/" + CARD_SLUG + "')"
                + ".map(entry => entry.responseStatus);");
        assertEquals(List.of(200L, 304L), statuses);
        chromium.assertConsoleClean();
    }

    @Test
    void checkerGroupsSymptomsByRegionAndRanksTheConditionsThatListThePickedOnes() {
        List<Map<String, Object>> symptoms = json("/api/v1/symptoms?size=100").getList("items");
        Map<Object, Object> regionOf = symptoms.stream()
                .collect(Collectors.toMap(symptom -> symptom.get("slug"), symptom -> symptom.get("bodyRegion")));
        openDemo();
        WebElement host = chromium.driver().findElement(By.id("demo-checker"));
        SearchContext checker = host.getShadowRoot();
        chromium.await("the symptoms", driver -> checker.findElements(checkbox()).size() == symptoms.size());

        Set<Object> regionsSeen = new HashSet<>();
        for (WebElement fieldset : checker.findElements(By.cssSelector("fieldset"))) {
            Set<Object> regions = fieldset.findElements(checkbox()).stream()
                    .map(box -> regionOf.get(box.getDomAttribute("value"))).collect(Collectors.toSet());
            assertEquals(1, regions.size(), "one body region per group: " + regions);
            assertTrue(regionsSeen.add(regions.iterator().next()), "each region once");
            assertFalse(text(fieldset, "legend").isBlank());
        }
        assertEquals(Set.copyOf(regionOf.values()), regionsSeen);
        WebElement notice = checker.findElement(By.cssSelector(".notice"));
        assertTrue(notice.isDisplayed());
        assertEquals("empty", checker.findElement(By.cssSelector(".result-status")).getDomAttribute("data-state"));

        List<String> picked = List.of("knee-pain", "dull-knee-ache");
        picked.forEach(slug -> pressOn(checker.findElement(By.cssSelector("input[value='" + slug + "']")), Keys.SPACE));
        JsonPath matches = json("/api/v1/condition-matches?size=20&symptom=" + String.join("&symptom=", picked));
        List<String> expected = matches.getList("items.condition.slug");
        assertThat(expected, not(empty()));
        chromium.await("the ranked conditions", driver -> expected.equals(checker.findElements(By.cssSelector(
                ".results > li")).stream().map(item -> item.getDomAttribute("data-condition")).toList()));
        List<List<String>> matchedNames = matches.getList("items.matchedSymptoms.name");
        List<WebElement> results = checker.findElements(By.cssSelector(".results > li"));
        for (int i = 0; i < results.size(); i++) {
            String matched = text(results.get(i), ".matched");
            matchedNames.get(i).forEach(name -> assertThat(matched, containsString(name)));
        }
        assertTrue(notice.isDisplayed());
        WebElement disclaimer = checker.findElement(By.cssSelector(".results + .disclaimer"));
        assertTrue(disclaimer.isDisplayed());
        assertEquals(matches.getString("disclaimer"), disclaimer.getText());

        WebElement toggle = results.get(0).findElement(By.cssSelector("button"));
        pressOn(toggle, Keys.ENTER);
        assertEquals("true", toggle.getDomAttribute("aria-expanded"));
        SearchContext card = results.get(0).findElement(By.cssSelector("injury-card")).getShadowRoot();
        awaitCard(card);
        assertEquals(matches.getString("items[0].condition.name"), text(card, ".title"));
        chromium.script("const sheet = new CSSStyleSheet();"
                + " sheet.replaceSync('symptom-checker::part(card-claim) { border-left-color: rgb(1, 2, 3); }');"
                + " document.adoptedStyleSheets = [sheet];");
        assertEquals("rgb(1, 2, 3)", chromium.script("return getComputedStyle(arguments[0]).borderLeftColor;",
                card.findElement(By.cssSelector("[part~='claim']"))), "the card's parts reach the host page");
        chromium.script("document.adoptedStyleSheets = [];");

        chromium.screenshot(host, "symptom-checker");
        chromium.assertConsoleClean();
    }

    @Test
    void searchSuggestsConditionsDespiteATypoAndIsOperatedFromTheKeyboard() {
        String typo = "plantar fascitis";
        JsonPath hits = given().queryParam("q", typo).queryParam("type", "condition").queryParam("size", 8)
                .when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        List<String> expected = hits.getList("items.slug");
        assertThat(expected, not(empty()));
        openDemo();
        WebElement host = chromium.driver().findElement(By.id("demo-search"));
        SearchContext search = host.getShadowRoot();
        WebElement input = search.findElement(By.cssSelector("input"));
        assertEquals("combobox", input.getDomAttribute("role"));
        assertEquals("list", input.getDomAttribute("aria-autocomplete"));
        assertEquals("false", input.getDomAttribute("aria-expanded"));
        assertFalse(text(search, "label[for='" + input.getDomAttribute("id") + "']").isBlank());
        WebElement listbox = search.findElement(By.cssSelector("#" + input.getDomAttribute("aria-controls")));
        assertEquals("listbox", listbox.getDomAttribute("role"));

        chromium.script("arguments[0].focus();", input);
        new Actions(chromium.driver()).sendKeys(typo).perform();
        chromium.await("suggestions for the typo", driver -> expected.equals(listbox.findElements(By.cssSelector(
                "[role='option']")).stream().map(option -> option.getDomAttribute("data-slug")).toList()));
        assertEquals("true", input.getDomAttribute("aria-expanded"));

        new Actions(chromium.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        WebElement first = listbox.findElement(By.cssSelector("[role='option']"));
        assertEquals(first.getDomAttribute("id"), input.getDomAttribute("aria-activedescendant"));
        assertEquals("true", first.getDomAttribute("aria-selected"));
        chromium.screenshot(host, "injury-search");

        new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
        String name = hits.getString("items[0].name");
        assertEquals(name, input.getDomProperty("value"));
        assertEquals("false", input.getDomAttribute("aria-expanded"));
        SearchContext card = search.findElement(By.cssSelector("injury-card")).getShadowRoot();
        awaitCard(card);
        assertEquals(name, text(card, ".title"));
        chromium.screenshot(host, "injury-search-chosen");

        new Actions(chromium.driver()).sendKeys(Keys.ESCAPE).perform();
        assertEquals("", input.getDomProperty("value"));
        chromium.assertConsoleClean();
    }

    @Test
    void withCardHrefEachConditionLinksToTheHostsOwnPageForIt() {
        String script = service + "widget/runner-injury.js";
        String typo = "plantar fascitis";
        String chosen = given().queryParam("q", typo).queryParam("type", "condition").when().get("/api/v1/search")
                .then().statusCode(200).extract().path("items[0].slug");
        String conditionPage = clinic.page("injuries/" + chosen, script,
                "<injury-card condition=\"" + chosen + "\"></injury-card>");
        String page = clinic.page("links.html", script, """
                <symptom-checker card-href="/injuries/{slug}"></symptom-checker>
                <injury-search card-href="/injuries/{slug}"></injury-search>
                """);
        chromium.open(page);
        SearchContext checker = shadow("symptom-checker");
        chromium.await("the symptoms", driver -> !checker.findElements(checkbox()).isEmpty());
        pressOn(checker.findElement(By.cssSelector("input[value='knee-pain']")), Keys.SPACE);
        List<String> expected = json("/api/v1/condition-matches?symptom=knee-pain").getList("items.condition.slug");
        String origin = page.substring(0, page.indexOf("/links.html"));
        chromium.await("links to the host's pages",
                driver -> expected.stream().map(slug -> origin + "/injuries/" + slug)
                        .toList().equals(checker.findElements(By.cssSelector(".results a")).stream()
                                .map(link -> link.getDomProperty("href")).toList()));

        WebElement input = shadow("injury-search").findElement(By.cssSelector("input"));
        chromium.script("arguments[0].focus();", input);
        new Actions(chromium.driver()).sendKeys(typo).perform();
        chromium.await("a suggestion", driver -> !shadow("injury-search").findElements(By.cssSelector(
                "[role='option']")).isEmpty());
        new Actions(chromium.driver()).sendKeys(Keys.ARROW_DOWN, Keys.ENTER).perform();
        chromium.await("the host's page for the condition", driver -> conditionPage.equals(driver.getCurrentUrl()));
        awaitCard(shadow("injury-card"));
        chromium.assertConsoleClean();
    }

    @Test
    void themingReachesIntoTheShadowRootsThroughCustomPropertiesAndParts() {
        openDemo();
        Object themed = computed("#themed-search", "input", "borderTopWidth");
        Object plain = computed("#demo-search", "input", "borderTopWidth");
        assertEquals("2px", themed);
        assertEquals("1px", plain);
        assertThat(computed("#themed-search", ".container", "fontFamily").toString(), containsString("Georgia"));
        chromium.script("document.querySelector('#themed-search').shadowRoot.querySelector('input').focus();");
        assertEquals("rgb(74, 42, 138)", computed("#themed-search", "input", "outlineColor"));
        chromium.assertConsoleClean();
    }

    @Test
    void onAnotherOriginTheWidgetsLoadAndSayInWordsWhenAConditionIsUnknownOrMissing() {
        String unknown = "no-such-condition";
        String detail = given().when().get("/api/v1/conditions/" + unknown)
                .then().statusCode(404).extract().path("detail");
        chromium.open(clinic.page("clinic.html", service + "widget/runner-injury.js", """
                <injury-card id="known" condition="%s"></injury-card>
                <injury-card id="unknown" condition="%s"></injury-card>
                <injury-card id="missing"></injury-card>
                """.formatted(CARD_SLUG, unknown)));

        SearchContext known = shadow("#known");
        awaitCard(known);
        assertEquals(json("/api/v1/conditions/" + CARD_SLUG).getString("name"), text(known, ".title"));
        WebElement notFound = awaitError(shadow("#unknown"));
        assertThat(notFound.getText(), containsString(unknown));
        assertEquals(detail, text(notFound, ".detail"));
        WebElement missing = shadow("#missing").findElement(By.cssSelector(".status"));
        assertEquals("empty", missing.getDomAttribute("data-state"));
        assertThat(missing.getText(), containsString("condition="));

        chromium.screenshot(chromium.driver().findElement(By.id("unknown")), "injury-card-unknown");
        // The browser itself reports the 404 it was given; the widget adds nothing to the console.
        chromium.assertConsoleClean(message -> message.contains("/api/v1/conditions/" + unknown)
                && message.contains("404"));
    }

    @Test
    void withTheServiceUnreachableEachWidgetSaysSoAndOffersToTryAgain() {
        String unreachable = "http://127.0.0.1:" + HostPage.closedPort() + "/";
        chromium.open(clinic.page("offline.html", service + "widget/runner-injury.js", """
                <injury-card id="card" condition="%s" api-base="%s"></injury-card>
                <symptom-checker id="checker" api-base="%s"></symptom-checker>
                <injury-search id="search" api-base="%s"></injury-search>
                """.formatted(CARD_SLUG, unreachable, unreachable, unreachable)));

        for (String id : List.of("#card", "#checker")) {
            WebElement error = awaitError(shadow(id));
            assertThat(error.getText(), containsString("could not be reached"));
            assertEquals("Try again", text(error, "button"));
        }
        WebElement input = shadow("#search").findElement(By.cssSelector("input"));
        chromium.script("arguments[0].focus();", input);
        new Actions(chromium.driver()).sendKeys("knee").perform();
        assertThat(awaitError(shadow("#search")).getText(), containsString("could not be reached"));

        pressOn(shadow("#card").findElement(By.cssSelector(".status button")), Keys.ENTER);
        assertThat(awaitError(shadow("#card")).getText(), containsString("could not be reached"));

        chromium.screenshotPage("network-error");
        chromium.assertConsoleClean(message -> message.startsWith(unreachable)
                && message.contains("net::ERR_CONNECTION_REFUSED"));
    }

    /** Each claim sits under its modality with its statement, evidence badge and caveats; the legend explains them. */
    private static void assertClaimsGroupedByModality(SearchContext card, List<Map<String, Object>> claims) {
        assertThat(claims, not(empty()));
        for (Map<String, Object> claim : claims) {
            Map<?, ?> modality = (Map<?, ?>) claim.get("modality");
            WebElement group = card
                    .findElement(By.cssSelector(".modality[data-modality='" + modality.get("slug") + "']"));
            assertEquals(modality.get("name"), text(group, ":scope > :first-child"));
            WebElement item = group.findElement(By.cssSelector("[data-claim='" + claim.get("id") + "']"));
            assertEquals(claim.get("statement"), text(item, ".statement"));
            assertEquals(claim.get("evidenceLevel"),
                    item.findElement(By.cssSelector(".badge")).getDomAttribute("data-level"));
            assertEquals(claim.get("caveats"), texts(item, ".caveats li"));
        }
        Set<Object> levels = claims.stream().map(claim -> claim.get("evidenceLevel")).collect(Collectors.toSet());
        assertEquals(levels, card.findElements(By.cssSelector(".legend dt .badge")).stream()
                .map(badge -> badge.getDomAttribute("data-level")).collect(Collectors.toSet()));
        texts(card, ".legend dd").forEach(explanation -> assertFalse(explanation.isBlank()));
    }

    /** Every source the claims cite is listed once, with what the API knows of its authorship. */
    private static void assertSourcesAttributed(SearchContext card, Set<String> sourceIds) {
        assertEquals(List.copyOf(sourceIds), card.findElements(By.cssSelector(".sources li")).stream()
                .map(item -> item.getDomAttribute("data-source")).toList());
        for (String id : sourceIds) {
            JsonPath source = json("/api/v1/sources/" + id);
            String attribution = text(card, ".sources li[data-source='" + id + "']");
            assertThat(attribution, containsString(source.getString("title")));
            for (String field : List.of("author", "authorCredentials", "publisher")) {
                if (source.getString(field) != null) {
                    assertThat(attribution, containsString(source.getString(field)));
                }
            }
        }
    }

    private void openDemo() {
        chromium.open(service + "widget/");
    }

    private static SearchContext shadow(String hostSelector) {
        return chromium.driver().findElement(By.cssSelector(hostSelector)).getShadowRoot();
    }

    /** Waits for a card to load, and checks that no value it shows went missing on the way. */
    private static void awaitCard(SearchContext card) {
        chromium.await("a loaded card", driver -> !card.findElements(By.cssSelector(".title")).isEmpty());
        String shown = text(card, ".content");
        assertFalse(MISSING_VALUE.matcher(shown).find(), "a card shows a missing value: " + shown);
    }

    private static WebElement awaitError(SearchContext root) {
        return chromium.await("an error in words", driver -> root.findElements(By.cssSelector(
                ".status[data-state='error']")).stream().findFirst().orElse(null));
    }

    private static void setCondition(String slug) {
        chromium.script("document.getElementById('demo-card').setAttribute('condition', arguments[0]);", slug);
    }

    /** Focuses an element and presses a key on it, as a keyboard user would after tabbing there. */
    private static void pressOn(WebElement element, Keys key) {
        chromium.script("arguments[0].focus();", element);
        new Actions(chromium.driver()).sendKeys(key).perform();
    }

    private static Object computed(String hostSelector, String selector, String property) {
        return chromium.script("return getComputedStyle(document.querySelector(arguments[0]).shadowRoot"
                + ".querySelector(arguments[1]))[arguments[2]];", hostSelector, selector, property);
    }

    private static By checkbox() {
        return By.cssSelector("input[type='checkbox']");
    }

    private static JsonPath json(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static String text(SearchContext context, String selector) {
        return normalise(context.findElement(By.cssSelector(selector)).getDomProperty("textContent"));
    }

    private static List<String> texts(SearchContext context, String selector) {
        return context.findElements(By.cssSelector(selector)).stream()
                .map(element -> normalise(element.getDomProperty("textContent"))).toList();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
