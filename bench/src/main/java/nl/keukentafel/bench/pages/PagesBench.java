package nl.keukentafel.bench.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.keukentafel.bench.AppNode;
import nl.keukentafel.bench.BenchDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a tablet waits for when it loads a page of the production jar (issue 15, items 3 and 10):
 * {@code lighthouse} runs Lighthouse on {@code /join} and on {@code /table/CODE}
 * ({@link LighthouseRuns}); {@code comeback} reloads a joined tablet and times the board with its
 * notes and the note form ({@link ComebackRuns}). Both start an embedded PostgreSQL and the jar
 * against it with the {@code dev} profile, so the labelled demo data (the live demo conversation)
 * is there, as after {@code ./mvnw spring-boot:run}.
 *
 * <pre>
 *   PagesBench lighthouse --jar app.jar --lighthouse-dir bench/work/lighthouse --runs 3 --out bench/results
 *   PagesBench comeback   --jar app.jar --reloads 10 --busy 0 --out bench/results
 * </pre>
 */
public final class PagesBench {

    private static final Logger log = LoggerFactory.getLogger(PagesBench.class);

    /** The live demo conversation: its join code. */
    final String code;

    final String base;

    private PagesBench(String base, String code) {
        this.base = base;
        this.code = code;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: PagesBench lighthouse|comeback|serve --jar JAR [options]");
        }
        String mode = args[0];
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path jar = Path.of(options.getOrDefault("jar", "bench/work/pages/keukentafel.jar"));
        int port = options.containsKey("port") ? Integer.parseInt(options.get("port")) : freePort();
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        Path work = Path.of(options.getOrDefault("work", "bench/work/pages"));
        Files.createDirectories(work);
        Files.createDirectories(out);
        try (BenchDatabase db = BenchDatabase.embedded();
                AppNode app = AppNode.start(
                        0,
                        jar,
                        port,
                        db,
                        password(),
                        options.getOrDefault("app-xmx", "1g"),
                        List.of("-XX:MaxGCPauseMillis=15", "-XX:MaxTenuringThreshold=0"),
                        appArgs(options.getOrDefault("app-args", "")),
                        Map.of(),
                        work.resolve("app.log"))) {
            app.awaitReady(java.net.http.HttpClient.newHttpClient(), Duration.ofMinutes(4));
            String code;
            try (var connection = db.connect();
                    var statement = connection.createStatement();
                    ResultSet live = statement.executeQuery(
                            "select join_code from conversation where status = 'LIVE' order by id limit 1")) {
                if (!live.next()) {
                    throw new IllegalStateException("the demo data has no live conversation");
                }
                code = live.getString(1);
            }
            PagesBench bench = new PagesBench(app.baseUrl(), code);
            log.info("App at {}, live demo conversation {}", app.baseUrl(), code);
            switch (mode) {
                case "lighthouse" -> new LighthouseRuns(bench, options, out, work).run();
                case "comeback" -> new ComebackRuns(bench, options, out).run();
                case "serve" -> {
                    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
                    log.info("Serving until killed: {}/join/{}", app.baseUrl(), code);
                    Thread.sleep(Duration.ofHours(4));
                }
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        }
    }

    /** Joins the live demo conversation as a resident in {@code browser}; returns the browser's secret. */
    String join(WebDriver browser, String name) {
        browser.get(base + "/join/" + code);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("join-name")));
        browser.findElement(By.id("join-name")).click();
        browser.findElement(By.id("join-name")).sendKeys(name);
        browser.findElement(By.id("join-name-next")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#join-role vaadin-radio-button")))
                .click();
        browser.findElement(By.id("join-role-next")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("join-accept"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("send-note")));
        Object secret =
                ((JavascriptExecutor) browser).executeScript("return localStorage.getItem(arguments[0]);", seatKey());
        if (secret == null) {
            throw new IllegalStateException("joined, but the browser keeps no secret under " + seatKey());
        }
        return secret.toString();
    }

    /** Where the browser keeps its seat's secret (board.ui.BrowserSeat). */
    String seatKey() {
        return "kt-participant-" + code;
    }

    /** Headless Chromium with the flags of docs/STACK (a fresh profile each time). */
    static ChromeDriver chromium(String windowSize) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + windowSize,
                "--lang=nl-NL");
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build(),
                options);
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /**
     * The app's arguments: the {@code dev} profile (the labelled demo data) and whatever
     * {@code --app-args} adds (space-separated Spring properties, for example
     * {@code --vaadin.eagerServerLoad=true} to measure a setting before it is made).
     */
    private static List<String> appArgs(String extra) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=dev"));
        for (String arg : extra.trim().split("\\s+")) {
            if (!arg.isEmpty()) {
                args.add(arg);
            }
        }
        return args;
    }

    /** A port nobody listens on now (other builds on this machine start servers too). */
    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String password() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
