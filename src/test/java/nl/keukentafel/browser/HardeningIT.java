package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What only a browser shows of issue 14: a refused note stays in the tablet's outbox with a way out
 * and is never sent again by itself; a control character no longer jams the outbox; long and
 * unbroken notes stay inside their column and fold; the pages run under the Content-Security-Policy.
 */
@BrowserTest
class HardeningIT {

    /** Records every Content-Security-Policy violation of the page, from its first script on. */
    private static final String RECORD_CSP_VIOLATIONS = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
            """;

    @LocalServerPort
    int port;

    @Autowired
    BoardFixture fixture;

    @Autowired
    JdbcClient jdbc;

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

    private static void recordCspViolations(WebDriver browser) {
        ((ChromeDriver) browser)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
    }

    @SuppressWarnings("unchecked")
    private static List<String> cspViolations(WebDriver browser) {
        return (List<String>) js(browser, "return window.__csp || ['recorder missing'];");
    }

    /** Puts a note straight into the tablet's outbox, as a tablet with an older page could have it. */
    private static void putInOutbox(WebDriver tablet, String code, String id, String text) {
        js(
                tablet,
                "const key = 'kt-outbox-' + arguments[0];"
                        + "const list = JSON.parse(localStorage.getItem(key) || '[]');"
                        + "list.push({id: arguments[1], category: 'experience', text: arguments[2],"
                        + " consent: 'table-only', audience: 'everyone', at: Date.now()});"
                        + "localStorage.setItem(key, JSON.stringify(list));",
                code,
                id,
                text);
    }

    @Test
    void aRefusedNoteIsNeverSentAgainByItselfAndCanBeChangedOrRemoved() throws InterruptedException {
        Conversation live = fixture.live(fixture.facilitator(), "Uitbak");
        String code = live.joinCode().value();
        WebDriver tablet = browsers.open();
        BoardPages.joinFromLink(browsers, tablet, code, "Anna", false);

        String tooLong = "te lang ".repeat(70);
        putInOutbox(tablet, code, "5b0e1a52-6d1c-4a8e-9c11-000000000001", tooLong);
        putInOutbox(tablet, code, "5b0e1a52-6d1c-4a8e-9c11-000000000002", "huur\u0000achterstand");
        tablet.navigate().refresh();
        Browsers.waitForVisible(tablet, By.id("send-note"));
        BoardPages.observeNotes(tablet);

        // The NUL is cleaned on the server: the note is placed, not retried forever.
        BoardPages.waitForNote(tablet, "huurachterstand");
        WebElement refused = Browsers.waitForVisible(tablet, By.cssSelector(".outbox-note.not-sent"));
        assertThat(refused.getText()).contains("Niet geplaatst:").contains("Er passen er 500");
        assertThat(refused.findElement(By.cssSelector(".outbox-change")).getText())
                .isEqualTo("Aanpassen");
        assertThat(refused.findElement(By.cssSelector(".outbox-remove")).getText())
                .isEqualTo("Weghalen");

        // Count what the page sends from now on: a refusal is final, nothing goes out by itself.
        js(
                tablet,
                "const host = document.querySelector('.table-view');"
                        + "window.__sent = 0; const send = host.$server.submitNote;"
                        + "host.$server.submitNote = (...a) => { window.__sent++; return send(...a); };");
        js(tablet, "window.dispatchEvent(new Event('online'));");
        Thread.sleep(Duration.ofMillis(6_500)); // two of the outbox's retry periods (3 s)
        assertThat(((Number) js(tablet, "return window.__sent;")).intValue()).isZero();

        // Aanpassen: the text goes back into the form, the outbox empties.
        tablet.findElement(By.cssSelector(".outbox-note.not-sent .outbox-change"))
                .click();
        assertThat(tablet.findElement(By.id("note-text")).getAttribute("value")).isEqualTo(tooLong);
        assertThat(tablet.findElements(By.cssSelector(".outbox-note"))).isEmpty();
        assertThat(jdbc.sql("select count(*) from note where conversation_id = :id")
                        .param("id", live.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void longAndUnbrokenNotesStayInTheirColumnAndFoldOnTheTabletAndProjector() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Lange notities");
        WebDriver tablet = browsers.open();
        BoardPages.joinFromLink(browsers, tablet, live.joinCode().value(), "Anna", false);
        BoardPages.observeNotes(tablet);
        String unbroken = "x".repeat(500);
        String emoji = "\uD83D\uDE00".repeat(240);
        String zalgo = "Z" + "\u0301\u0302\u0303\u0304\u0305\u0306\u0307".repeat(30) + "algo";
        fixture.note(fixture.join(live, "Bram", false, TableRole.RESIDENT), "experience", unbroken);
        fixture.note(fixture.join(live, "Cas", false, TableRole.RESIDENT), "experience", emoji);
        fixture.note(fixture.join(live, "Dirk", false, TableRole.RESIDENT), "ideas", zalgo);
        BoardPages.waitForNote(tablet, unbroken);

        String measure = "return Array.from(document.querySelectorAll('kt-note')).map(card => {"
                + "  const column = card.closest('.board-column').getBoundingClientRect();"
                + "  const box = card.getBoundingClientRect();"
                + "  return {inside: box.left >= column.left - 1 && box.right <= column.right + 1,"
                + "          height: Math.round(box.height), more: !!card.querySelector('.note-more')};"
                + "});";
        waitUntilFolded(tablet, 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cards = (List<Map<String, Object>>) js(tablet, measure);
        assertThat(cards).hasSize(3);
        assertThat(cards).allSatisfy(card -> {
            assertThat(card.get("inside"))
                    .as("card inside its column: %s", card)
                    .isEqualTo(true);
            assertThat(((Number) card.get("height")).intValue())
                    .as("folded height: %s", card)
                    .isLessThan(400);
        });
        assertThat(cards.stream().filter(card -> Boolean.TRUE.equals(card.get("more"))))
                .as("the long notes offer Lees verder")
                .hasSizeGreaterThanOrEqualTo(2);

        WebElement more = tablet.findElement(By.cssSelector(".note-more"));
        assertThat(more.getText()).isEqualTo("Lees verder");
        assertThat(more.getAttribute("aria-expanded")).isEqualTo("false");
        more.click();
        assertThat(more.getText()).isEqualTo("Minder tonen");
        assertThat(more.getAttribute("aria-expanded")).isEqualTo("true");

        WebDriver projector = browsers.open();
        BoardPages.logIn(browsers, projector, facilitator, BoardFixture.PASSWORD);
        browsers.go(projector, "/conversations/" + live.id().value() + "/projector");
        BoardPages.observeNotes(projector);
        BoardPages.waitForNote(projector, unbroken);
        waitUntilFolded(projector, 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> onProjector = (List<Map<String, Object>>) js(projector, measure);
        assertThat(onProjector).allSatisfy(card -> {
            assertThat(card.get("inside"))
                    .as("projector card inside its column: %s", card)
                    .isEqualTo(true);
            assertThat(((Number) card.get("height")).intValue())
                    .as("projector card: %s", card)
                    .isLessThan(400);
        });
        assertThat(projector.findElements(By.cssSelector(".note-more")))
                .allSatisfy(button -> assertThat(button.isDisplayed()).isFalse());
    }

    @Test
    void theJoinTheTabletAndTheFacilitatorBoardRunUnderTheContentSecurityPolicy() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Beleid");
        WebDriver tablet = browsers.open();
        recordCspViolations(tablet);
        BoardPages.joinFromLink(browsers, tablet, live.joinCode().value(), "Anna", false);
        BoardPages.observeNotes(tablet);
        WebDriver board = browsers.open();
        recordCspViolations(board);
        BoardPages.logIn(browsers, board, facilitator, BoardFixture.PASSWORD);
        browsers.go(board, "/conversations/" + live.id().value() + "/board");
        BoardPages.observeNotes(board);

        BoardPages.placeNote(tablet, "experience", "Onder het beleid");
        BoardPages.waitForNote(board, "Onder het beleid");

        assertThat(cspViolations(tablet)).isEmpty();
        assertThat(cspViolations(board)).isEmpty();
    }

    /** A card measures itself in the frame after it is drawn; measure once every card has. */
    private static void waitUntilFolded(WebDriver browser, int cards) {
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .withMessage(() -> "not every note card was measured for folding")
                .until(d -> ((Number)
                                        ((JavascriptExecutor) d)
                                                .executeScript(
                                                        "return document.querySelectorAll('kt-note .note-text.folded').length;"))
                                .intValue()
                        == cards);
    }
}
