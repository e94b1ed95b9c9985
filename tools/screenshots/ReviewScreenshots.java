import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * Takes the README's screenshots of the review area from a running app with the demo data
 * (tools/screenshots/README.md): java -cp <test classpath> tools/screenshots/ReviewScreenshots.java
 * http://localhost:8080 docs/images
 */
public class ReviewScreenshots {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[1]);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--window-size=1440,1400", "--lang=nl-NL");
        WebDriver browser = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(),
                options);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        try {
            browser.get(base + "/login");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form")));
            browser.findElement(By.cssSelector("input[name='username']")).sendKeys("teamlid");
            WebElement password = browser.findElement(By.cssSelector("input[name='password']"));
            password.sendKeys("demo-keukentafel");
            password.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-app-layout")));

            browser.get(base + "/review?q=huur");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#review-grid mark")));
            idle(browser);
            shoot(browser, out.resolve("review.png"));

            browser.get(base + "/review/overview");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".overview-chart svg")));
            idle(browser);
            shoot(browser, out.resolve("review-overview.png"));

            browser.get(base + "/insights");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#insights-grid a")));
            browser.findElement(By.cssSelector("#insights-grid a")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("insight-quotes")));
            idle(browser);
            shoot(browser, out.resolve("review-insight.png"));
        } finally {
            browser.quit();
        }
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
