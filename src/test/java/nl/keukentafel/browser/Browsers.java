package nl.keukentafel.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium windows for browser tests: open as many as a scenario needs (a
 * facilitator and two tablets), each with a fresh profile, and close them all at the end. Also
 * waits for Vaadin to finish talking to the server, and fills Vaadin fields the way a person does.
 *
 * <pre>{@code
 * try (Browsers browsers = new Browsers(port)) {
 *     WebDriver facilitator = browsers.open("/login");
 * }
 * }</pre>
 */
public final class Browsers implements AutoCloseable {

    /** How long a single wait may take: generous, as the first page of a fresh server is slow on 2 cores. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final Path CHROMIUM = ChromiumPresent.CHROMIUM;
    private static final Path CHROMEDRIVER = ChromiumPresent.CHROMEDRIVER;

    private static final String VAADIN_IDLE = """
            return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                && Object.keys(window.Vaadin.Flow.clients).length > 0
                && Object.values(window.Vaadin.Flow.clients)
                    .every(c => typeof c.isActive !== 'function' || !c.isActive()));
            """;

    private final String baseUrl;
    private final List<WebDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    public Browsers(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** A new browser window (its own profile, so its own cookies and session) showing {@code path}. */
    public WebDriver open(String path) {
        WebDriver driver = open();
        go(driver, path);
        return driver;
    }

    /** A new browser window with its own profile, showing nothing yet. */
    public WebDriver open() {
        Path profile = createProfileDirectory();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        drivers.add(driver);
        return driver;
    }

    /**
     * Lets the window save downloads, without asking, in a folder of its own (removed with the
     * profiles), and returns that folder.
     */
    public Path allowDownloads(WebDriver driver) {
        Path folder = createProfileDirectory();
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", folder.toString(), "eventsEnabled", true));
        return folder;
    }

    /**
     * Waits until a file whose name starts with {@code prefix} and ends with {@code suffix} is
     * completely downloaded into the folder (Chrome renames it when it is complete).
     */
    public static Path waitForDownload(Path folder, String prefix, String suffix) {
        long until = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < until) {
            try (Stream<Path> files = Files.list(folder)) {
                Optional<Path> done = files.filter(
                                f -> f.getFileName().toString().startsWith(prefix)
                                        && f.getFileName().toString().endsWith(suffix))
                        .findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No download " + prefix + "…" + suffix + " in " + folder);
    }

    /** Opens {@code path} (e.g. "/login") in the window and waits until Vaadin is idle. */
    public void go(WebDriver driver, String path) {
        driver.get(baseUrl + path);
        waitForVaadin(driver);
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Waits until Vaadin has started and has no request to the server in flight. */
    public static void waitForVaadin(WebDriver driver) {
        new WebDriverWait(driver, TIMEOUT)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    /** Waits until an element is in the page and visible. */
    public static WebElement waitForVisible(WebDriver driver, By by) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until an element of the current page is gone, i.e. the browser has loaded the next page.
     * Use it after a form post or reload that may end on the same URL.
     */
    public static void waitForNextPage(WebDriver driver, WebElement elementOfTheCurrentPage) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.stalenessOf(elementOfTheCurrentPage));
        waitForVaadin(driver);
    }

    /** Waits until the browser shows {@code path}, whatever the query (Spring adds "?continue" after login). */
    public static void waitForPath(WebDriver driver, String path) {
        new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "expected the path " + path + ", but the browser shows " + driver.getCurrentUrl())
                .until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
        waitForVaadin(driver);
    }

    /** Waits until the browser shows a URL whose path and query end with {@code pathAndQuery}. */
    public static void waitForUrlEnding(WebDriver driver, String pathAndQuery) {
        new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "expected a URL ending with " + pathAndQuery + ", but the browser shows "
                        + driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().endsWith(pathAndQuery));
        waitForVaadin(driver);
    }

    /**
     * Types into a Vaadin field (vaadin-text-field, vaadin-password-field, ...) the way a person
     * does, then presses TAB so the value reaches the server before anything is clicked. Vaadin
     * fields slot a native input into their light DOM, so no shadow DOM is involved.
     */
    public static void type(WebElement vaadinField, String text) {
        WebElement input = vaadinField.getTagName().equals("input")
                ? vaadinField
                : vaadinField.findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** The visible text of an element inside a component's shadow DOM, e.g. a part of the login form. */
    public static String shadowText(WebElement host, String cssSelector) {
        SearchContext shadow = host.getShadowRoot();
        return shadow.findElement(By.cssSelector(cssSelector)).getText();
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (WebDriver driver : drivers) {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        drivers.clear();
        profiles.forEach(Browsers::deleteRecursively);
        profiles.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private Path createProfileDirectory() {
        try {
            Path profile = Files.createTempDirectory("kt-chromium-");
            profiles.add(profile);
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
