package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteAudience;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.review.InsightDraft;
import nl.keukentafel.review.InsightService;
import nl.keukentafel.review.InsightStatus;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A team member, in a real browser, goes from a question to an evidenced insight: searches,
 * filters, tags two notes at once, writes an insight from them and finds it again. Every review
 * page passes axe in Dutch and English.
 */
@BrowserTest
class ReviewIT {

    @LocalServerPort
    int port;

    @Autowired
    BoardFixture fixture;

    @Autowired
    InsightService insights;

    private Browsers browsers;
    private ReferenceItem place;
    private Conversation conversation;
    private NoteId released;

    @BeforeEach
    void aClosedConversationInSchiedam() {
        browsers = new Browsers(port);
        String facilitator = fixture.facilitator();
        place = fixture.municipality("Schiedam-test");
        Conversation live = fixture.live(
                facilitator, "Kostendelersnorm in Schiedam", place.id(), Instant.parse("2026-03-12T18:00:00Z"));
        Joined resident = fixture.join(live, "Fatima Browser", false, TableRole.RESIDENT);
        Joined neighbour = fixture.join(live, "Kees Browser", true, TableRole.RESIDENT);
        Joined professional = fixture.join(live, "Pieter Browser", false, TableRole.PROFESSIONAL);
        released = fixture.note(
                resident,
                "experience",
                "Door de kostendelersnorm kreeg ik minder en kwam de huurachterstand. Fatima belt 06-12345678.",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        fixture.note(
                neighbour,
                "policy-effect",
                "Mijn zoon mocht niet bij mij wonen door de kostendelersnorm, anders zakte mijn uitkering.",
                ConsentTier.CASE_BUNDLE,
                NoteAudience.EVERYONE);
        fixture.note(
                professional,
                "policy-effect",
                "Wij zien dat de kostendelersnorm mantelzorg ontmoedigt.",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        fixture.note(resident, "experience", "Alleen voor deze tafel: de kostendelersnorm en mijn zus.");
        conversation = fixture.close(facilitator, live);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    private WebDriver loggedInTeamMember() {
        String team = fixture.teamMember();
        WebDriver browser = browsers.open("/login");
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"));
        LoginIT.logIn(browser, team, BoardFixture.PASSWORD);
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-app-layout"));
        return browser;
    }

    private static String total(WebDriver browser) {
        return browser.findElement(By.id("review-total")).getText();
    }

    /** Waits until the count above the grid says so, and the grid shows that many notes. */
    private static void waitForRows(WebDriver browser, int count) {
        String expected = count == 1 ? "1 notitie" : count + " notities";
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .withMessage(() -> "expected " + expected + ", saw " + total(browser))
                .until(d -> total(d).equals(expected) || total(d).equals(expected.replace("notitie", "note")));
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .until(d -> d.findElements(By.cssSelector("#review-grid .marked-text")).stream()
                                .filter(WebElement::isDisplayed)
                                .count()
                        == count);
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static void choose(WebDriver browser, String comboBoxId, String text) {
        WebElement input = browser.findElement(By.cssSelector("#" + comboBoxId + " input"));
        input.click();
        input.sendKeys(text);
        Browsers.waitForVisible(browser, By.cssSelector("#" + comboBoxId + "[opened]"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        // TAB, not Escape: Escape empties a combo box that has a clear button.
        input.sendKeys(Keys.TAB);
        Browsers.waitForVaadin(browser);
    }

    @Test
    void aTeamMemberGoesFromAQuestionToAnEvidencedInsightAndFindsItAgain() {
        WebDriver browser = loggedInTeamMember();
        browsers.go(browser, "/review?municipality=" + place.id());
        waitForRows(browser, 3);

        Browsers.type(browser.findElement(By.id("review-search")), "kostendelers huur");
        Browsers.waitForVaadin(browser);
        waitForRows(browser, 1);
        assertThat(browser.getCurrentUrl()).contains("q=kostendelers");
        assertThat(browser.findElements(By.cssSelector("#review-grid mark")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrder("kostendelersnorm", "huurachterstand");
        assertThat(browser.getPageSource()).doesNotContain("Fatima", "06-12345678", "mijn zus");

        browser.findElement(By.cssSelector("#review-clear")).click();
        Browsers.waitForVaadin(browser);
        browsers.go(browser, "/review?municipality=" + place.id() + "&q=kostendelersnorm");
        waitForRows(browser, 3);
        choose(browser, "filter-role", "Bewoner");
        waitForRows(browser, 2);
        assertThat(browser.getCurrentUrl()).contains("role=RESIDENT");

        List<WebElement> boxes = browser.findElements(By.cssSelector("#review-grid vaadin-checkbox")).stream()
                .filter(WebElement::isDisplayed)
                .filter(box -> !String.valueOf(box.getAttribute("aria-label"))
                        .toLowerCase()
                        .contains("all"))
                .toList();
        assertThat(boxes).hasSize(2);
        // The row checkboxes with the keyboard (Vaadin's grid lays its own element over a plain click).
        boxes.forEach(box -> box.findElement(By.tagName("input")).sendKeys(Keys.SPACE));
        Browsers.waitForVaadin(browser);
        assertThat(browser.findElement(By.id("review-chosen")).getText()).isEqualTo("2 notities gekozen");

        browser.findElement(By.id("review-tag")).click();
        Browsers.waitForVisible(browser, By.id("tag-regulations"));
        choose(browser, "tag-regulations", "Kostendelersnorm");
        browser.findElement(By.id("tag-effect")).click();
        Browsers.waitForVisible(browser, By.xpath("//vaadin-select-item[normalize-space()='Ervaren knelpunt']"))
                .click();
        Browsers.waitForVaadin(browser);
        browser.findElement(By.id("tag-save")).click();
        Browsers.waitForVaadin(browser);
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .until(d -> d.findElement(By.id("review-grid")).getText().contains("Ervaren knelpunt"));

        browser.findElement(By.id("review-new-insight")).click();
        Browsers.waitForPath(browser, "/insights/new");
        assertThat(browser.findElements(By.cssSelector(".evidence-item"))).hasSize(2);
        Browsers.type(browser.findElement(By.id("insight-title")), "Kostendelersnorm houdt gezinnen uit elkaar");
        Browsers.type(
                browser.findElement(By.id("insight-body")),
                "Bewoners vertellen dat kinderen en ouders niet samen wonen om de uitkering te houden.");
        choose(browser, "insight-theme", "Mantelzorgboete");
        choose(browser, "insight-werkteam", "Samenspel");
        click(browser, browser.findElement(By.id("insight-save")));
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .until(d -> d.getCurrentUrl().matches(".*/insights/[0-9]+$"));
        Browsers.waitForVaadin(browser);
        assertThat(browser.findElement(By.id("insight-reach")).getText())
                .isEqualTo("2 notities uit 1 gesprek in 1 gemeente");
        assertThat(browser.findElement(By.id("insight-quotes")).getText())
                .contains("[naam]", "[telefoon]")
                .doesNotContain("Fatima", "Kees");

        browsers.go(browser, "/insights");
        Browsers.type(browser.findElement(By.id("insights-search")), "gezinnen");
        Browsers.waitForVaadin(browser);
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .until(d -> d.findElement(By.id("insights-grid"))
                        .getText()
                        .contains("Kostendelersnorm houdt gezinnen uit elkaar"));
        browser.findElement(By.linkText("Kostendelersnorm houdt gezinnen uit elkaar"))
                .click();
        Browsers.waitForVisible(browser, By.id("insight-reach"));
    }

    @Test
    void theReviewPagesMeetWcag21AAInDutchAndEnglish() {
        WebDriver browser = loggedInTeamMember();
        for (String language : List.of("nl", "en")) {
            browsers.go(browser, "/review?municipality=" + place.id() + "&q=kostendelersnorm");
            if (language.equals("en")) {
                browser.findElement(By.cssSelector("vaadin-select.language-switch"))
                        .click();
                Browsers.waitForVisible(browser, By.xpath("//vaadin-select-item[normalize-space()='English']"))
                        .click();
                new WebDriverWait(browser, Browsers.TIMEOUT)
                        .until(d -> "en"
                                .equals(((JavascriptExecutor) d)
                                        .executeScript("return document.documentElement.lang")));
                browsers.go(browser, "/review?municipality=" + place.id() + "&q=kostendelersnorm");
            }
            waitForRows(browser, 3);
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                    .startsWith(language);
            AccessibilityIT.assertNoViolations(browser);

            // With the keyboard, as a keyboard user opens a note.
            browser.findElement(By.cssSelector("#review-grid .review-open")).sendKeys(Keys.SPACE);
            Browsers.waitForVisible(browser, By.id("context-opened"));
            AccessibilityIT.assertNoViolations(browser);
            click(browser, browser.findElement(By.id("context-close")));

            browsers.go(browser, "/review/overview?municipality=" + place.id());
            Browsers.waitForVisible(browser, By.cssSelector(".overview-chart svg"));
            AccessibilityIT.assertNoViolations(browser);

            browsers.go(browser, "/insights");
            Browsers.waitForVisible(browser, By.id("insights-grid"));
            AccessibilityIT.assertNoViolations(browser);

            browsers.go(browser, "/insights/new?notes=" + released.value());
            Browsers.waitForVisible(browser, By.cssSelector(".evidence-item"));
            AccessibilityIT.assertNoViolations(browser);

            long insight = AsStaff.call(
                    fixture.teamMember(),
                    StaffRole.TEAM_MEMBER,
                    () -> insights.create(new InsightDraft(
                            "Toegankelijk inzicht " + language,
                            "Een korte tekst.",
                            conversation.themeId(),
                            conversation.werkteamId(),
                            InsightStatus.CONCEPT,
                            List.of(released))));
            browsers.go(browser, "/insights/" + insight);
            Browsers.waitForVisible(browser, By.id("insight-quotes"));
            AccessibilityIT.assertNoViolations(browser);
        }
    }
}
