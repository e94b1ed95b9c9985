package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.Phase;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Facilitation as people see it in real Chromium (issue 16): a note written in silence never
 * reaches another browser (not in the page, not in the push traffic) until the facilitator reveals
 * it, and dots given on a tablet reach the facilitator's board and, once revealed, the projector.
 */
@BrowserTest
class FacilitationIT {

    @LocalServerPort
    int port;

    @Autowired
    BoardFixture fixture;

    @Autowired
    FacilitationService facilitation;

    private Browsers browsers;
    private String facilitator;
    private Conversation live;

    @BeforeEach
    void openBrowsers() {
        browsers = new Browsers(port);
        facilitator = fixture.facilitator();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    private WebDriver staffScreen(String screen, boolean captureTraffic) {
        WebDriver browser = browsers.open();
        if (captureTraffic) {
            BoardPages.captureTrafficFromNextPage(browser);
        }
        BoardPages.logIn(browsers, browser, facilitator, BoardFixture.PASSWORD);
        browsers.go(browser, "/conversations/" + live.id().value() + "/" + screen);
        return browser;
    }

    private WebDriver tablet(String name, boolean captureTraffic) {
        WebDriver tablet = browsers.open();
        if (captureTraffic) {
            BoardPages.captureTrafficFromNextPage(tablet);
        }
        BoardPages.joinFromLink(browsers, tablet, live.joinCode().value(), name, false);
        BoardPages.observeNotes(tablet);
        return tablet;
    }

    private void asFacilitator(Runnable work) {
        AsStaff.run(facilitator, StaffRole.FACILITATOR, work);
    }

    private static void waitForText(WebDriver browser, By where, String text) {
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .withMessage(() -> "'" + text + "' never appeared in " + where + " on " + browser.getCurrentUrl())
                .until(d ->
                        d.findElements(where).stream().anyMatch(e -> e.getText().contains(text)));
    }

    @Test
    void aNoteWrittenInSilenceReachesNoOtherBrowserUntilTheFacilitatorRevealsIt() {
        live = fixture.live(facilitator, "Stil schrijven");
        String secret = "Stil verhaal Zq7";
        WebDriver board = staffScreen("board", true);
        WebDriver projector = staffScreen("projector", true);
        WebDriver anna = tablet("Anna", false);
        WebDriver bert = tablet("Bert", true);
        List.of(board, projector).forEach(BoardPages::observeNotes);
        asFacilitator(() -> facilitation.setSilent(live.id(), Set.of(new Category("experience"))));
        waitForText(anna, By.id("stage-silent"), "Stil schrijven");

        BoardPages.placeNote(anna, "experience", secret);
        BoardPages.waitForNote(anna, secret);
        BoardPages.waitForNote(board, secret);
        // The projector and the other tablet learn that one note waits, never what it says.
        waitForText(projector, By.id("stage-silent"), "1 notities wachten");
        waitForText(bert, By.id("stage-silent"), "1 notities wachten");
        for (WebDriver other : List.of(projector, bert)) {
            assertThat(other.getPageSource()).doesNotContain(secret);
            assertThat(BoardPages.capturedTraffic(other)).isNotEmpty().doesNotContain(secret);
        }
        // The facilitator's screen is the one that may show it: proves the capture works.
        assertThat(BoardPages.capturedTraffic(board)).contains(secret);

        asFacilitator(() -> facilitation.reveal(live.id(), null));
        BoardPages.waitForNote(projector, secret);
        BoardPages.waitForNote(bert, secret);
        assertThat(BoardPages.countNotesWithText(bert, secret)).isEqualTo(1);
    }

    /** Clicks a Vaadin button on the facilitator's board once it is there and enabled. */
    private static void press(WebDriver browser, String id) {
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .withMessage(() -> "no enabled button #" + id)
                .until(d -> d.findElements(By.id(id)).stream()
                        .anyMatch(e -> e.isDisplayed() && e.getAttribute("disabled") == null));
        browser.findElement(By.id(id)).click();
    }

    @Test
    void aFacilitatorRunsTheConversationFromWelcomeToAgreementsWithTheBoardsButtons() {
        live = fixture.live(facilitator, "Van welkom tot afspraken");
        WebDriver board = staffScreen("board", false);
        WebDriver projector = staffScreen("projector", false);
        WebDriver anna = tablet("Anna", false);

        press(board, "fac-phase-next");
        waitForText(anna, By.id("stage-phase"), "Nu: Welkom (stap 1 van 6)");
        press(board, "fac-phase-next");
        waitForText(anna, By.id("stage-phase"), "Nu: Verhalen (stap 2 van 6)");
        waitForText(projector, By.id("stage-phase"), "Verhalen");
        BoardPages.placeNote(anna, "experience", "Mijn huur is te hoog");
        BoardPages.observeNotes(board);
        BoardPages.waitForNote(board, "Mijn huur is te hoog");

        press(board, "fac-timer-start");
        new WebDriverWait(anna, Browsers.TIMEOUT)
                .until(d -> d.findElement(By.cssSelector("#stage-timer .timer-clock"))
                        .getText()
                        .matches("[45]:\\d\\d"));
        String noteId = board.findElement(
                        By.xpath(
                                "//div[contains(@class,'board-notes')]//kt-note[.//p[contains(@class,'note-text') and text()='Mijn huur is te hoog']]"))
                .getAttribute("id");
        press(board, "spotlight-" + noteId.substring("note-".length()));
        waitForText(anna, By.id("spotlight-note"), "Mijn huur is te hoog");
        waitForText(projector, By.id("spotlight-note"), "Mijn huur is te hoog");

        press(board, "fac-phase-next");
        press(board, "fac-phase-next");
        waitForText(anna, By.id("stage-phase"), "Nu: Kiezen (stap 4 van 6)");
        Browsers.waitForVisible(anna, By.cssSelector("kt-note button.note-vote-add"))
                .click();
        waitForText(board, By.cssSelector("kt-note .note-votes"), "1 stippen");

        press(board, "fac-phase-next");
        waitForText(anna, By.id("stage-phase"), "Nu: Afspraken (stap 5 van 6)");
        press(board, "fac-agreement-new");
        Browsers.type(Browsers.waitForVisible(board, By.id("agreement-what")), "Het wijkteam belt Anna deze week");
        press(board, "agreement-save");
        waitForText(anna, By.id("agreements"), "Het wijkteam belt Anna deze week");
        waitForText(projector, By.id("agreements"), "Het wijkteam belt Anna deze week");

        press(board, "fac-undo");
        waitForText(anna, By.id("stage-phase"), "Nu: Kiezen (stap 4 van 6)");
    }

    @Test
    void dotsGivenOnATabletReachTheFacilitatorAtOnceAndTheProjectorWhenRevealed() {
        live = fixture.live(facilitator, "Stippen");
        WebDriver board = staffScreen("board", false);
        WebDriver projector = staffScreen("projector", false);
        WebDriver anna = tablet("Anna", false);
        WebDriver bert = tablet("Bert", false);
        BoardPages.placeNote(anna, "experience", "Huur omlaag");
        BoardPages.waitForNote(bert, "Huur omlaag");
        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.CHOOSE));

        waitForText(bert, By.id("stage-dots"), "U heeft nog 3 van uw 3 stippen");
        // The card's own dot button, drawn in the browser with the page's Dutch words.
        waitForText(bert, By.cssSelector("kt-note button.note-vote-add"), "Geef een stip");
        assertThat(bert.findElement(By.cssSelector("kt-note button.note-vote-add"))
                        .getAttribute("aria-label"))
                .isEqualTo("Geef een stip aan: Huur omlaag");
        Browsers.waitForVisible(bert, By.cssSelector("kt-note button.note-vote-add"))
                .click();
        waitForText(bert, By.id("stage-dots"), "U heeft nog 2 van uw 3 stippen");
        waitForText(bert, By.cssSelector("kt-note .note-votes"), "Uw stippen: 1");
        waitForText(board, By.cssSelector("kt-note .note-votes"), "1 stippen");
        waitForText(projector, By.id("stage-dots"), "1 stippen gegeven");
        assertThat(projector.findElements(By.cssSelector("kt-note .note-votes")))
                .isEmpty();

        asFacilitator(() -> facilitation.revealVotes(live.id(), true));
        waitForText(projector, By.cssSelector("kt-note .note-votes"), "1 stippen");
        waitForText(anna, By.cssSelector("kt-note .note-votes"), "1 stippen");
    }
}
