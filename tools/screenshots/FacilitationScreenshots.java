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
 * Takes the README's pictures of a facilitated conversation from a running app with the demo data
 * (tools/screenshots/README.md): the facilitator runs the live demo conversation to the step
 * *Kiezen* with a countdown, a note in the spotlight and an agreement; pictures of the facilitator
 * board (1280×800), a resident's tablet giving dots (800×1280) and the projector (1280×720).
 * java -cp <test classpath> tools/screenshots/FacilitationScreenshots.java http://localhost:8080 docs/images
 */
public class FacilitationScreenshots {

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
            String board = base + "/conversations/1/board";
            staff.get(board);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("kt-note")));
            for (int step = 0; step < 4; step++) {
                press(staff, "fac-phase-next");
            }
            press(staff, "fac-timer-start");
            String first = (String) ((JavascriptExecutor) staff)
                    .executeScript("return document.querySelector('.board-notes kt-note').id;");
            press(staff, "spotlight-" + first.substring("note-".length()));
            press(staff, "fac-agreement-new");
            WebElement what = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-what")));
            what.findElement(By.cssSelector("textarea"))
                    .sendKeys("Het wijkteam belt deze week terug over de betalingsregeling", Keys.TAB);
            press(staff, "agreement-save");
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
            tabletWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("kt-note button.note-vote-add")))
                    .click();
            tabletWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("kt-note .note-votes")));
            idle(tablet);
            shoot(tablet, out.resolve("facilitation-tablet.png"));

            idle(staff);
            ((JavascriptExecutor) staff).executeScript("window.scrollTo(0, 0)");
            shoot(staff, out.resolve("facilitation-board.png"));

            staff.manage().window().setSize(new Dimension(1280, 720));
            staff.get(board.replace("/board", "/projector"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("spotlight-note")));
            idle(staff);
            shoot(staff, out.resolve("facilitation-projector.png"));
        } finally {
            staff.quit();
            tablet.quit();
        }
    }

    private static void press(WebDriver browser, String id) {
        WebElement button = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        // A script click: the board's columns scroll on their own, so a card's button may be out of view.
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()", button);
        try {
            idle(browser);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
