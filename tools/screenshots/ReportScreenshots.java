import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Makes the README's pictures of the reports from a running app with the demo data
 * (tools/screenshots/README.md): as the demo team member it makes a kenniscafé report and a case
 * bundle in the browser, downloads both PDFs and draws one page of each as a picture.
 * java -cp <test classpath> tools/screenshots/ReportScreenshots.java http://localhost:8080 docs/images
 */
public class ReportScreenshots {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[1]);
        Path downloads = Files.createTempDirectory("kt-report-shots");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--window-size=1440,1200", "--lang=nl-NL");
        ChromeDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(),
                options);
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        try {
            browser.get(base + "/login");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form")));
            browser.findElement(By.cssSelector("input[name='username']")).sendKeys("teamlid");
            WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
            password.sendKeys("demo-keukentafel");
            password.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-app-layout")));

            // The report: every closed demo conversation.
            browser.get(base + "/reports/new");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-title")));
            idle(browser);
            type(browser, "report-title", "Kenniscafé Wonen, zorg en geld (demo)");
            type(browser, "report-place", "Wijkcentrum De Brug (demo)");
            type(browser, "report-introduction",
                    "Op het kenniscafé van december bespraken we wat bewoners in Rotterdam en Vlaardingen vertelden"
                            + " over de kostendelersnorm en huurachterstand. Dit verslag is een voorbeeld met demogegevens.");
            idle(browser);
            click(browser, browser.findElement(By.id("report-save")));
            wait.until(d -> d.getCurrentUrl().matches(".*/reports/[0-9]+$"));
            idle(browser);
            ((JavascriptExecutor) browser).executeScript("document.querySelector('vaadin-app-layout').shadowRoot"
                    + ".querySelector('[content]') && document.querySelector('vaadin-app-layout').scrollTo(0, 0)");
            scrollTo(browser, "report-title");
            shoot(browser, out.resolve("report-editor.png"));
            click(browser, browser.findElement(By.id("report-pdf")));
            click(browser, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-pdf-link"))));
            Path report = waitForFile(downloads, "verslag-", ".pdf");

            // The bundle: two cases from notes with case-bundle consent.
            browser.get(base + "/bundles/new");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bundle-title")));
            idle(browser);
            type(browser, "bundle-title", "Yin en yang in het sociaal domein (demo)");
            type(browser, "bundle-subtitle", "Casussen over wonen, zorg en bestaanszekerheid");
            type(browser, "bundle-introduction",
                    "Voor studenten sociaal werk, tweede jaar. Lees eerst de woorden van bewoners, bespreek dan de vragen.");
            click(browser, browser.findElement(By.id("bundle-save")));
            wait.until(d -> d.getCurrentUrl().matches(".*/bundles/[0-9]+$"));
            idle(browser);
            addCase(browser, wait, "Een zoon komt weer thuis wonen", "zoon",
                    "De moeder vroeg bijstand aan. Toen haar zoon weer bij haar woonde, verlaagde de gemeente de uitkering."
                            + " De huur liep achter en de corporatie stuurde brieven.",
                    "Welke regel speelt hier, en waarom bestaat die regel?\nWat zou jij als consulent in het eerste gesprek vragen?"
                            + "\nWelke ruimte geeft de wet om af te wijken?");
            addCase(browser, wait, "Zorgen voor je moeder", "moeder",
                    "Een mantelzorger kreeg minder bijstand toen haar moeder bij haar kwam wonen.",
                    "Is dit een bedoeld of een onbedoeld effect van de kostendelersnorm?\nWie zou hier iets aan kunnen doen?");
            scrollTo(browser, "bundle-title");
            shoot(browser, out.resolve("bundle-editor.png"));
            click(browser, browser.findElement(By.id("bundle-pdf")));
            click(browser, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bundle-pdf-link"))));
            Path bundle = waitForFile(downloads, "lesbundel-", ".pdf");

            page(report, "Wat we hoorden", out.resolve("report-pdf.png"));
            page(bundle, "Casus 1", out.resolve("bundle-pdf.png"));
        } finally {
            browser.quit();
        }
    }

    private static void addCase(
            WebDriver browser, WebDriverWait wait, String title, String search, String what, String questions)
            throws Exception {
        click(browser, browser.findElement(By.id("bundle-add-case")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-title")));
        type(browser, "case-title", title);
        type(browser, "case-search", search);
        Thread.sleep(1000);
        idle(browser);
        WebElement choose = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#case-candidates vaadin-button[id^='case-add-']")));
        click(browser, choose);
        wait.until(d -> !d.findElement(By.id("case-notes")).getText().isBlank());
        type(browser, "case-what-happened", what);
        WebElement area = browser.findElement(By.cssSelector("#case-questions textarea"));
        area.clear();
        for (String line : questions.split("\n")) {
            area.sendKeys(line, Keys.chord(Keys.SHIFT, Keys.ENTER));
        }
        area.sendKeys(Keys.TAB);
        idle(browser);
        click(browser, browser.findElement(By.id("case-save")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("case-title")));
        idle(browser);
    }

    /** Draws the first page whose text holds {@code marker}. */
    private static void page(Path pdf, String marker, Path png) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (stripper.getText(document).contains(marker)) {
                    ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page - 1, 80), "png", png.toFile());
                    System.out.println("wrote " + png + " (page " + page + ")");
                    return;
                }
            }
        }
        throw new IllegalStateException(marker + " not found in " + pdf);
    }

    private static Path waitForFile(Path folder, String prefix, String suffix) throws Exception {
        for (int i = 0; i < 600; i++) {
            try (Stream<Path> files = Files.list(folder)) {
                Optional<Path> done = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                                && f.getFileName().toString().endsWith(suffix))
                        .findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No " + prefix + "…" + suffix + " downloaded");
    }

    private static void type(WebDriver browser, String id, String text) throws Exception {
        WebElement input = browser.findElement(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        idle(browser);
    }

    private static void click(WebDriver browser, WebElement element) throws Exception {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        idle(browser);
    }

    private static void scrollTo(WebDriver browser, String id) throws Exception {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
        Thread.sleep(300);
    }

    private static void idle(WebDriver browser) throws InterruptedException {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive()))")));
        Thread.sleep(500);
    }

    private static void shoot(WebDriver browser, Path file) throws Exception {
        // The development-mode tools are not part of the product.
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('body > *').forEach(e => {"
                + " const tag = e.tagName.toLowerCase();"
                + " if (tag.startsWith('vaadin-dev') || tag.startsWith('copilot')) { e.remove(); } })");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        System.out.println("wrote " + file);
    }
}
