import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checks the production jar's security headers and that its pages work under them, in headless
 * Chromium (tools/production-check/README.md): every response carries the headers, Vaadin's built
 * files keep their caching, and a facilitator, a resident on a tablet and a team member go through
 * their pages without a single Content-Security-Policy violation or script error.
 *
 * It starts an embedded PostgreSQL (from the test classpath) and the jar against it, with the
 * labelled demo data:
 *
 *   java -cp <test classpath> tools/production-check/ProductionCheck.java app.jar 18282 out.md
 */
public class ProductionCheck {

    private static final String RECORDER = """
            window.__problems = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__problems.push('CSP ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));
            window.addEventListener('error', e => window.__problems.push('script error: ' + e.message));
            """;

    private static final List<String> REQUIRED = List.of(
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "X-Frame-Options");

    private final String base;
    /** A live demo conversation's board and join code, read from the database. */
    String liveBoard;
    String liveCode;
    private final List<String> failures = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();

    ProductionCheck(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        ProductionCheck check = new ProductionCheck("http://127.0.0.1:" + port);
        Path log = Files.createTempFile("kt-production-check", ".log");
        try (EmbeddedPostgres db = EmbeddedPostgres.builder().start()) {
            ProcessBuilder app = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-Xmx1g",
                            "-jar",
                            jar.toString(),
                            "--spring.profiles.active=dev",
                            "--server.address=127.0.0.1",
                            "--server.port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            app.environment().put("SPRING_DATASOURCE_URL", db.getJdbcUrl("postgres", "postgres"));
            app.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
            app.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
            Process process = app.start();
            try {
                check.awaitReady(process, log.toFile());
                try (var connection = db.getPostgresDatabase().getConnection();
                        var statement = connection.createStatement();
                        var live = statement.executeQuery(
                                "select id, join_code from conversation where status = 'LIVE' order by id limit 1")) {
                    if (!live.next()) {
                        throw new IllegalStateException("the demo data has no live conversation");
                    }
                    check.liveBoard = "/conversations/" + live.getLong(1) + "/board";
                    check.liveCode = live.getString(2);
                }
                check.run();
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, check.report.toString());
        System.out.println(check.report);
        if (!check.failures.isEmpty()) {
            System.err.println("FAILED: " + check.failures);
            System.exit(1);
        }
    }

    void awaitReady(Process process, File log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped; its log: " + log);
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not become ready; its log: " + log);
    }

    void run() throws Exception {
        report.append("# Production check\n\n")
                .append("Run ")
                .append(Instant.now())
                .append(" by `tools/production-check/run.sh` against the production jar (`./mvnw package`).\n\n");
        headers();
        pages();
        report.append("\n**Result:** ")
                .append(failures.isEmpty() ? "passed" : "FAILED: " + String.join("; ", failures))
                .append('\n');
    }

    private void headers() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        report.append("## Headers\n\n| path | status | missing | Cache-Control |\n|---|---:|---|---|\n");
        String loginHtml = "";
        List<String> paths = new ArrayList<>(List.of("/login", "/join", "/privacy", "/actuator/health", "/no-such-page"));
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            List<String> missing = REQUIRED.stream()
                    .filter(h -> response.headers().firstValue(h).isEmpty())
                    .toList();
            String cache = response.headers().firstValue("Cache-Control").orElse("");
            report.append("| `")
                    .append(path)
                    .append("` | ")
                    .append(response.statusCode())
                    .append(" | ")
                    .append(missing.isEmpty() ? "none" : String.join(", ", missing))
                    .append(" | ")
                    .append(cache)
                    .append(" |\n");
            if (!missing.isEmpty()) {
                failures.add(path + " lacks " + missing);
            }
            boolean built = path.startsWith("/VAADIN/build/");
            if (built && cache.contains("no-store")) {
                failures.add(path + " is not cacheable");
            }
            if (!built && response.statusCode() == 200 && !path.startsWith("/actuator") && !cache.equals("no-store")) {
                failures.add(path + " has Cache-Control '" + cache + "'");
            }
            if (path.equals("/login")) {
                loginHtml = response.body();
                Matcher script = Pattern.compile("/VAADIN/build/[^\"']+\\.js").matcher(loginHtml);
                if (script.find()) {
                    paths.add(script.group());
                } else {
                    failures.add("no /VAADIN/build/ script on /login: is this the production jar?");
                }
            }
        }
        String csp = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("Content-Security-Policy")
                .orElse("");
        report.append("\nContent-Security-Policy: `").append(csp).append("`\n\n");
    }

    private void pages() {
        report.append("## Pages in Chromium\n\n| who | page | problems |\n|---|---|---|\n");
        WebDriver facilitator = browser();
        WebDriver tablet = browser();
        WebDriver team = browser();
        try {
            logIn(facilitator, "gespreksleider");
            visit(facilitator, "facilitator", "/conversations", By.cssSelector("vaadin-grid"));
            String boardPath = liveBoard;
            visit(facilitator, "facilitator", boardPath, By.id("join-code"));
            String code = liveCode;

            visit(tablet, "resident", "/join/" + code, By.id("join-name"));
            type(tablet.findElement(By.id("join-name")), "Controle");
            tablet.findElement(By.id("join-name-next")).click();
            wait(tablet).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#join-role vaadin-radio-button")))
                    .click();
            tablet.findElement(By.id("join-role-next")).click();
            wait(tablet).until(ExpectedConditions.elementToBeClickable(By.id("join-accept"))).click();
            wait(tablet).until(ExpectedConditions.visibilityOfElementLocated(By.id("send-note")));
            String text = "Productiecontrole " + Instant.now().getEpochSecond();
            tablet.findElement(By.cssSelector("label[for='choose-experience']")).click();
            tablet.findElement(By.id("note-text")).sendKeys(text);
            tablet.findElement(By.id("send-note")).click();
            wait(facilitator).until(d -> ((JavascriptExecutor) d).executeScript(
                    "return Array.from(document.querySelectorAll('.note-text')).some(e => e.textContent === arguments[0]);",
                    text));
            record(tablet, "resident", "/table/" + code + " (placed a note)");
            record(facilitator, "facilitator", boardPath + " (note arrived live)");

            logIn(team, "teamlid");
            visit(team, "team member", "/review", By.id("review-grid"));
            visit(team, "team member", "/review/overview", By.cssSelector(".overview-chart"));
            visit(team, "team member", "/reports/new", By.cssSelector("iframe"));
        } finally {
            facilitator.quit();
            tablet.quit();
            team.quit();
        }
    }

    private void logIn(WebDriver browser, String account) {
        visit(browser, account, "/login", By.cssSelector("vaadin-login-form"));
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(account);
        WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
        password.sendKeys("demo-keukentafel");
        password.sendKeys(Keys.ENTER);
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-app-layout")));
        record(browser, account, "/ (after login)");
    }

    private void visit(WebDriver browser, String who, String path, By ready) {
        browser.get(base + path);
        wait(browser).until(ExpectedConditions.presenceOfElementLocated(ready));
        idle(browser);
        record(browser, who, path);
    }

    @SuppressWarnings("unchecked")
    private void record(WebDriver browser, String who, String page) {
        idle(browser);
        List<String> problems = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("const p = window.__problems || ['recorder missing']; window.__problems = []; return p;");
        report.append("| ")
                .append(who)
                .append(" | `")
                .append(page)
                .append("` | ")
                .append(problems.isEmpty() ? "none" : String.join("<br>", problems))
                .append(" |\n");
        if (!problems.isEmpty()) {
            failures.add(who + " on " + page + ": " + problems);
        }
    }

    private static void type(WebElement vaadinField, String text) {
        vaadinField.click();
        vaadinField.sendKeys(text);
    }

    private static void idle(WebDriver browser) {
        try {
            wait(browser).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                            + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--window-size=1280,900", "--lang=nl-NL");
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build(),
                options);
        Map<String, Object> script = new LinkedHashMap<>();
        script.put("source", RECORDER);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", script);
        return driver;
    }
}
