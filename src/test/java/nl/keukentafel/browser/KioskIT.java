package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Kiosk mode in a real browser: one tablet goes from Anna to Bram. Anna leaves a note that is
 * still in the outbox and text she did not place; after the hand-over the tablet has sent her
 * note, forgotten her seat, draft and outbox, and shows Bram nothing of hers as his own, also
 * after "back" and a reload. Her notes stay on the facilitator's board.
 */
@BrowserTest
class KioskIT {

    private static final String READY = "De tablet is klaar voor de volgende persoon.";

    @LocalServerPort
    int port;

    @Autowired
    BoardFixture fixture;

    private Browsers browsers;

    @BeforeEach
    void openBrowsers() {
        browsers = new Browsers(port);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    private static Object js(WebDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The keys of this browser's local storage that belong to a person rather than to the tablet. */
    @SuppressWarnings("unchecked")
    private static List<String> personalKeys(WebDriver browser) {
        return (List<String>) js(
                browser,
                "return Object.keys(localStorage).filter(k => k.startsWith('kt-participant-')"
                        + " || k.startsWith('kt-draft-') || k.startsWith('kt-outbox-'));");
    }

    private static void waitUntil(
            WebDriver browser, String what, java.util.function.Function<WebDriver, Boolean> done) {
        new WebDriverWait(browser, Browsers.TIMEOUT).withMessage(what).until(done);
    }

    @Test
    void afterTheHandOverTheNextPersonFindsNothingOfThePreviousOneAndHerNotesStayOnTheBoard() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Eén tablet rond de tafel");
        String code = live.joinCode().value();
        WebDriver board = browsers.open();
        BoardPages.logIn(browsers, board, facilitator, BoardFixture.PASSWORD);
        browsers.go(board, "/conversations/" + live.id().value() + "/board");
        BoardPages.observeNotes(board);

        // The facilitator's kiosk link, opened on the tablet: it offers to switch kiosk mode on.
        WebDriver tablet = browsers.open("/join/" + code + "?kiosk");
        Browsers.waitForVisible(tablet, By.id("kiosk-start-confirm")).click();
        Browsers.waitForVisible(tablet, By.id("kiosk-indicator"));
        BoardPages.completeJoin(tablet, code, "Anna", false);
        BoardPages.observeNotes(tablet);
        BoardPages.placeNote(tablet, "experience", "Anna: de eerste notitie");
        BoardPages.waitForNote(tablet, "Anna: de eerste notitie");
        assertThat(tablet.findElements(By.cssSelector("kt-note.note-mine"))).hasSize(1);

        // A note still in the outbox, not yet sent (as after a lost connection), and typed text
        // that Anna did not place.
        js(
                tablet,
                "localStorage.setItem('kt-outbox-' + arguments[0], JSON.stringify([{id: arguments[1],"
                        + " category: 'ideas', text: 'Anna: nog in de outbox', consent: 'table-only',"
                        + " audience: 'everyone', at: Date.now()}]));",
                code,
                UUID.randomUUID().toString());
        tablet.findElement(By.id("note-text")).sendKeys("Anna typte dit maar plaatste het niet");
        assertThat(personalKeys(tablet)).contains("kt-participant-" + code, "kt-draft-" + code, "kt-outbox-" + code);

        WebElement next = tablet.findElement(By.id("kiosk-next"));
        assertThat(next.getText()).isEqualTo("Ik ben klaar, volgende persoon");
        assertThat(next.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        next.click();
        WebElement confirm = Browsers.waitForVisible(
                tablet, By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        assertThat(tablet.findElement(By.cssSelector("vaadin-confirm-dialog")).getText())
                .contains("Eerst gaan uw laatste notities naar het bord.")
                .contains("Die tekst gaat weg.");
        confirm.click();

        // The first join step for the same code, kiosk mode still on, focus on the step's heading.
        Browsers.waitForPath(tablet, "/join/" + code);
        WebElement ready = Browsers.waitForVisible(tablet, By.id("kiosk-status"));
        assertThat(ready.getText()).isEqualTo(READY);
        assertThat(tablet.findElement(By.id("kiosk-indicator")).getText()).isEqualTo("Gedeelde tablet");
        waitUntil(
                tablet,
                "the focus never reached the first join step's heading",
                d -> "join-step-title".equals(js(d, "return document.activeElement && document.activeElement.id;")));
        assertThat(tablet.findElement(By.id("join-step-title")).getText()).isEqualTo("Hoe wilt u heten aan tafel?");
        assertThat(tablet.findElement(By.id("join-name")).getAttribute("value")).isEmpty();
        assertThat(personalKeys(tablet)).isEmpty();
        // The note that was still in the outbox was sent before the hand-over.
        BoardPages.waitForNote(board, "Anna: nog in de outbox");

        // "Back" leads to the table, which finds no seat and sends the browser to joining again.
        tablet.navigate().back();
        Browsers.waitForPath(tablet, "/join/" + code);
        assertThat(tablet.findElements(By.cssSelector("kt-note"))).isEmpty();
        assertThat(personalKeys(tablet)).isEmpty();
        tablet.navigate().refresh();
        Browsers.waitForPath(tablet, "/join/" + code);
        assertThat(Browsers.waitForVisible(tablet, By.id("join-name")).getAttribute("value"))
                .isEmpty();
        assertThat(tablet.findElements(By.id("kiosk-indicator"))).hasSize(1);

        // Bram joins on the same tablet: Anna's notes are on the board, none of them as his own.
        BoardPages.completeJoin(tablet, code, "Bram", false);
        BoardPages.observeNotes(tablet);
        BoardPages.waitForNote(tablet, "Anna: de eerste notitie");
        BoardPages.waitForNote(tablet, "Anna: nog in de outbox");
        assertThat(tablet.findElements(By.cssSelector("kt-note.note-mine"))).isEmpty();
        assertThat(tablet.findElements(By.cssSelector(".outbox-note"))).isEmpty();
        assertThat(tablet.findElement(By.id("note-text")).getAttribute("value")).isEmpty();
        assertThat(tablet.findElements(By.cssSelector("kt-note .note-author")))
                .extracting(WebElement::getText)
                .containsOnly("Anna");
        assertThat(personalKeys(tablet)).containsExactly("kt-participant-" + code);
        assertThat(BoardPages.countNotesWithText(board, "Anna: de eerste notitie"))
                .isEqualTo(1);
        assertThat(BoardPages.countNotesWithText(board, "Anna: nog in de outbox"))
                .isEqualTo(1);
    }
}
