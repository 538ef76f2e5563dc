package com.runnerinjury.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through its chromedriver, both found on the {@code PATH}; nothing is
 * downloaded. Without them the browser tests are skipped, unless {@code -Dwidget.browser.required=true} (set by CI)
 * demands them, in which case they fail.
 */
final class Chromium implements AutoCloseable {

    static final String REQUIRED_PROPERTY = "widget.browser.required";

    /** Where the screenshots go for people to look at. */
    static final Path SCREENSHOTS = Path.of("target", "widget-screenshots");

    /** Bounds how long a page may take to reach the state a test waits for; never a measurement. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Starts chromium, or returns nothing when it is missing, having said so: the caller skips its tests. Under
     * {@value #REQUIRED_PROPERTY} a missing browser fails instead.
     */
    static Optional<Chromium> start() {
        Optional<Path> browser = onPath("chromium");
        Optional<Path> chromedriver = onPath("chromedriver");
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            String message = missing(browser, chromedriver);
            if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
                fail(message + " -D" + REQUIRED_PROPERTY + "=true requires them.");
            }
            System.out.println("SKIPPED: " + message);
            return Optional.empty();
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        // The network is closed: nothing in the background may try to reach out and log its failure.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--window-size=1280,900", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .build();
        return Optional.of(new Chromium(new ChromeDriver(service, options)));
    }

    /** Why the browser tests are skipped, for the test report. */
    static String missing(Optional<Path> browser, Optional<Path> chromedriver) {
        return "The widget browser tests need Debian's chromium and chromium-driver on the PATH "
                + "(apt-get install -y chromium chromium-driver); found chromium: " + browser.isPresent()
                + ", chromedriver: " + chromedriver.isPresent() + ". CI runs them with -D" + REQUIRED_PROPERTY
                + "=true.";
    }

    static String missing() {
        return missing(onPath("chromium"), onPath("chromedriver"));
    }

    private static Optional<Path> onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        consoleEntries();
        driver.get(url);
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Waits until the condition holds and returns what it found. */
    <T> T await(String what, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).withMessage(what).until(condition);
    }

    /** The console entries logged since the last call. */
    List<LogEntry> consoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Fails on any console warning or error since the last call, other than those {@code expected} allows. */
    void assertConsoleClean(Predicate<String> expected) {
        List<String> unexpected = consoleEntries().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(expected.negate())
                .toList();
        assertEquals(List.of(), unexpected, "console warnings and errors");
    }

    void assertConsoleClean() {
        assertConsoleClean(message -> false);
    }

    /** Saves the whole page, beyond the window, as a PNG. */
    void screenshotPage(String name) {
        Object size = script("return {x: 0, y: 0, scale: 1, width: document.documentElement.scrollWidth,"
                + " height: document.documentElement.scrollHeight};");
        capture(name, size);
    }

    /** Saves one element, however tall, as a PNG. */
    void screenshot(WebElement element, String name) {
        Object box = script("const r = arguments[0].getBoundingClientRect();"
                + " return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height, scale: 1};",
                element);
        capture(name, box);
    }

    private void capture(String name, Object clip) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "clip", clip, "captureBeyondViewport", true));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
