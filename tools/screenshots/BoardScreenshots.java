import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * Takes the README's first three screenshots from a running app with the demo data
 * (tools/screenshots/README.md): the facilitator board on a 1280×800 laptop, a resident's tablet
 * (800×1280) and the projector on a 1280×720 beamer.
 * java -cp <test classpath> tools/screenshots/BoardScreenshots.java http://localhost:8080 docs/images
 */
public class BoardScreenshots {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[1]);
        WebDriver staff = browser();
        WebDriver tablet = browser();
        WebDriverWait wait = new WebDriverWait(staff, Duration.ofSeconds(60));
        try {
            staff.manage().window().setSize(new Dimension(1280, 800));
            staff.get(base + "/login");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-login-form")));
            staff.findElement(By.cssSelector("input[name='username']")).sendKeys("gespreksleider");
            WebElement password = staff.findElement(By.cssSelector("input[name='password']"));
            password.sendKeys("demo-keukentafel");
            password.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-app-layout")));
            // The live demo conversation is the first one the demo data makes.
            String board = base + "/conversations/1/board";
            staff.get(board);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("kt-note")));
            idle(staff);
            shoot(staff, out.resolve("facilitator-board.png"));
            String code = (String) ((JavascriptExecutor) staff)
                    .executeScript("const m = document.body.innerText.match(/\\b([0-9A-Z]{3})-([0-9A-Z]{3})\\b/);"
                            + " return m ? m[1] + m[2] : null;");

            tablet.manage().window().setSize(new Dimension(800, 1280));
            WebDriverWait tabletWait = new WebDriverWait(tablet, Duration.ofSeconds(60));
            tablet.get(base + "/join/" + code);
            tabletWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("join-name")));
            tablet.findElement(By.cssSelector("#join-name input")).sendKeys("Demo Yasmina", Keys.TAB);
            tablet.findElement(By.id("join-name-next")).click();
            tabletWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#join-role vaadin-radio-button")))
                    .click();
            tablet.findElement(By.id("join-role-next")).click();
            tabletWait.until(ExpectedConditions.elementToBeClickable(By.id("join-accept"))).click();
            tabletWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("kt-note .note-read")));
            idle(tablet);
            shoot(tablet, out.resolve("tablet.png"));

            staff.manage().window().setSize(new Dimension(1280, 720));
            staff.get(board.replace("/board", "/projector"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("kt-note")));
            idle(staff);
            shoot(staff, out.resolve("projector.png"));
        } finally {
            staff.quit();
            tablet.quit();
        }
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--lang=nl-NL");
        return new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(),
                options);
    }

    private static void idle(WebDriver browser) throws InterruptedException {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive()))")));
        Thread.sleep(800);
    }

    private static void shoot(WebDriver browser, Path file) throws Exception {
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        System.out.println("wrote " + file);
    }
}
