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
 *   PagesBench lighthouse --variants "now=a.jar;eager=a.jar|--vaadin.eagerServerLoad=true" ...
 * </pre>
 *
 * With {@code --variants} (name=jar|app arguments, separated by ;) every variant gets its own
 * database and app, all started before the first measurement, and Lighthouse takes the variants
 * in turn within each run, so a machine that gets busier or quieter meanwhile (other builds share
 * it) touches every variant alike.
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
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        Path work = Path.of(options.getOrDefault("work", "bench/work/pages"));
        Files.createDirectories(work);
        Files.createDirectories(out);
        // One app (with its own database) per variant; without --variants just the one jar.
        Map<String, String[]> variants = new java.util.LinkedHashMap<>();
        if (options.containsKey("variants")) {
            for (String variant : options.get("variants").split(";")) {
                String[] nameAndRest = variant.split("=", 2);
                String[] jarAndArgs = nameAndRest[1].split("\\|", 2);
                variants.put(
                        nameAndRest[0].strip(),
                        new String[] {jarAndArgs[0].strip(), jarAndArgs.length > 1 ? jarAndArgs[1] : ""});
            }
        } else {
            variants.put(
                    "",
                    new String[] {
                        options.getOrDefault("jar", "bench/work/pages/keukentafel.jar"), options.getOrDefault("app-args", "")
                    });
        }
        List<AutoCloseable> resources = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAll(resources)));
        try {
            Map<String, PagesBench> benches = new java.util.LinkedHashMap<>();
            int index = 0;
            for (Map.Entry<String, String[]> variant : variants.entrySet()) {
                int port = options.containsKey("port") && variants.size() == 1
                        ? Integer.parseInt(options.get("port"))
                        : freePort();
                BenchDatabase db = BenchDatabase.embedded();
                resources.add(db);
                AppNode app = AppNode.start(
                        index,
                        Path.of(variant.getValue()[0]),
                        port,
                        db,
                        password(),
                        options.getOrDefault("app-xmx", "1g"),
                        List.of("-XX:MaxGCPauseMillis=15", "-XX:MaxTenuringThreshold=0"),
                        appArgs(variant.getValue()[1]),
                        Map.of(),
                        work.resolve("app" + (index == 0 ? "" : "-" + index) + ".log"));
                resources.add(app);
                app.awaitReady(java.net.http.HttpClient.newHttpClient(), Duration.ofMinutes(4));
                PagesBench bench = new PagesBench(app.baseUrl(), liveCode(db));
                log.info("Variant '{}': app at {}, live demo conversation {}", variant.getKey(), app.baseUrl(), bench.code);
                benches.put(variant.getKey(), bench);
                index++;
            }
            PagesBench first = benches.values().iterator().next();
            switch (mode) {
                case "lighthouse" -> new LighthouseRuns(benches, options, out, work).run();
                case "comeback" -> new ComebackRuns(first, options, out).run();
                case "serve" -> {
                    log.info("Serving until killed: {}/join/{}", first.base, first.code);
                    Thread.sleep(Duration.ofHours(4));
                }
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            }
        } finally {
            closeAll(resources);
        }
    }

    private static synchronized void closeAll(List<AutoCloseable> resources) {
        // Apps before their databases: the reverse order of starting.
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                log.warn("Could not close {}: {}", resources.get(i), e.toString());
            }
        }
        resources.clear();
    }

    private static String liveCode(BenchDatabase db) throws java.sql.SQLException {
        try (var connection = db.connect();
                var statement = connection.createStatement();
                ResultSet live = statement.executeQuery(
                        "select join_code from conversation where status = 'LIVE' order by id limit 1")) {
            if (!live.next()) {
                throw new IllegalStateException("the demo data has no live conversation");
            }
            return live.getString(1);
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
