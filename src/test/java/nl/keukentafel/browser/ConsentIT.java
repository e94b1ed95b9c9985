package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardHistory;
import nl.keukentafel.board.ReadPurpose;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Consent as residents give it, in real Chromium: the choice in the note form, the consent round
 * on two tablets, and "Mijn notities" after close on the same browser and, through the link shown
 * at close, on another one.
 */
@BrowserTest
class ConsentIT {

    @LocalServerPort
    int port;

    @Autowired
    BoardFixture fixture;

    @Autowired
    BoardHistory history;

    private Browsers browsers;

    @BeforeEach
    void openBrowsers() {
        browsers = new Browsers(port);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    private WebDriver facilitatorBoard(String facilitator, Conversation live) {
        WebDriver browser = browsers.open();
        BoardPages.logIn(browsers, browser, facilitator, BoardFixture.PASSWORD);
        browsers.go(browser, "/conversations/" + live.id().value() + "/board");
        Browsers.waitForVisible(browser, By.id("start-consent-round"));
        return browser;
    }

    private static void waitForText(WebDriver browser, By by, String text) {
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .withMessage(() -> "'" + text + "' never appeared in " + by)
                // The server replaces the panel's parts as answers come in.
                .ignoring(StaleElementReferenceException.class)
                .until(d ->
                        d.findElements(by).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** Taps the choice with this label in a Vaadin radio group. */
    private static void choose(WebDriver browser, String groupId, String label) {
        WebElement group = Browsers.waitForVisible(browser, By.id(groupId));
        group.findElements(By.tagName("vaadin-radio-button")).stream()
                .filter(option -> option.getText().contains(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no choice '" + label + "' in " + groupId))
                .click();
    }

    private List<String> archived(Conversation conversation) {
        return AsStaff.call(
                        fixture.teamMember(),
                        StaffRole.TEAM_MEMBER,
                        () -> history.read(conversation.id(), ReadPurpose.ARCHIVE, Locale.of("nl")))
                .content()
                .notes()
                .stream()
                .map(BoardContent.Card::text)
                .toList();
    }

    @Test
    void aResidentChoosesPerNoteAndANoteOnlyForTheFacilitatorNeverReachesAnotherTablet() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Keuze per notitie");
        String code = live.joinCode().value();
        WebDriver board = facilitatorBoard(facilitator, live);
        WebDriver anna = browsers.open();
        BoardPages.joinFromLink(browsers, anna, code, "Anna", false);
        WebDriver bert = browsers.open();
        BoardPages.captureTrafficFromNextPage(bert);
        BoardPages.joinFromLink(browsers, bert, code, "Bert", false);
        List.of(board, anna, bert).forEach(BoardPages::observeNotes);

        anna.findElement(By.cssSelector("label[for='consent-report']")).click();
        BoardPages.placeNote(anna, "experience", "Dit mag in het verslag");
        BoardPages.waitForNote(bert, "Dit mag in het verslag");
        anna.findElement(By.cssSelector("label[for='facilitator-only']")).click();
        BoardPages.placeNote(anna, "experience", "Dit is alleen voor de gespreksleider");
        BoardPages.waitForNote(board, "Dit is alleen voor de gespreksleider");
        BoardPages.waitForNote(anna, "Dit is alleen voor de gespreksleider");
        // A later note on the same tablet reaches Bert, so everything before it has too.
        anna.findElement(By.cssSelector("label[for='consent-table-only']")).click();
        BoardPages.placeNote(anna, "ideas", "Daarna weer voor iedereen");
        BoardPages.waitForNote(bert, "Daarna weer voor iedereen");

        assertThat(BoardPages.countNotesWithText(bert, "Dit is alleen voor de gespreksleider"))
                .isZero();
        assertThat(bert.getPageSource()).doesNotContain("alleen voor de gespreksleider");
        assertThat(BoardPages.capturedTraffic(bert)).doesNotContain("alleen voor de gespreksleider");
        String annasCards =
                anna.findElement(By.cssSelector("#category-experience")).getText();
        assertThat(annasCards).contains("Mag in het verslag, zonder naam", "Alleen voor de gespreksleider");
        assertThat(board.findElement(By.cssSelector("#category-experience")).getText())
                .contains("Dit is alleen voor de gespreksleider", "Alleen voor de gespreksleider")
                .doesNotContain("Mag in het verslag, zonder naam");

        fixture.close(facilitator, live);
        assertThat(archived(live)).containsExactly("Dit mag in het verslag");
    }

    @Test
    void theConsentRoundRunsOnTwoTabletsAndTheFacilitatorSeesOnlyHowManyAnswered() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Toestemmingsronde");
        String code = live.joinCode().value();
        WebDriver board = facilitatorBoard(facilitator, live);
        WebDriver anna = browsers.open();
        BoardPages.joinFromLink(browsers, anna, code, "Anna", false);
        WebDriver bert = browsers.open();
        BoardPages.joinFromLink(browsers, bert, code, "Bert", true);
        List.of(anna, bert).forEach(BoardPages::observeNotes);
        BoardPages.placeNote(anna, "experience", "Mijn verhaal over de huur");
        BoardPages.waitForNote(anna, "Mijn verhaal over de huur");
        BoardPages.placeNote(bert, "experience", "Mijn verhaal over de brief");
        BoardPages.waitForNote(bert, "Mijn verhaal over de brief");

        board.findElement(By.id("start-consent-round")).click();
        waitForText(board, By.id("consent-round-answered"), "0 van 2 deelnemers hebben geantwoord");
        for (WebDriver tablet : List.of(anna, bert)) {
            waitForText(tablet, By.id("consent-summary"), "0 van uw 1 notities mogen in het verslag.");
        }
        String annasGroup = anna.findElement(By.cssSelector("#consent-round vaadin-radio-group"))
                .getAttribute("id");
        choose(anna, annasGroup, "Mag in het verslag, zonder naam");
        waitForText(anna, By.id("consent-summary"), "1 van uw 1 notities mogen in het verslag.");
        anna.findElement(By.id("consent-round-done")).click();
        waitForText(anna, By.id("consent-round"), "Dank u wel.");
        waitForText(board, By.id("consent-round-answered"), "1 van 2 deelnemers hebben geantwoord");
        bert.findElement(By.id("consent-round-done")).click();
        waitForText(board, By.id("consent-round-answered"), "2 van 2 deelnemers hebben geantwoord");
        assertThat(board.findElement(By.tagName("body")).getText()).doesNotContain("Mag in het verslag");

        fixture.close(facilitator, live);
        assertThat(archived(live)).containsExactly("Mijn verhaal over de huur");
    }

    @Test
    void afterCloseOwnNotesOpenOnTheSameTabletAndThroughTheClosingLinkAndWithdrawingConsentTakesEffect() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Na afloop");
        String code = live.joinCode().value();
        WebDriver anna = browsers.open();
        BoardPages.joinFromLink(browsers, anna, code, "Anna", false);
        BoardPages.observeNotes(anna);
        anna.findElement(By.cssSelector("label[for='consent-report']")).click();
        BoardPages.placeNote(anna, "experience", "Eerst wel in het verslag");
        BoardPages.waitForNote(anna, "Eerst wel in het verslag");

        fixture.close(facilitator, live);
        Browsers.waitForVisible(anna, By.id("own-notes-closing-link"));
        assertThat(anna.findElements(By.cssSelector(".own-notes-closing .qr-code")))
                .isEmpty();
        anna.findElement(By.id("show-own-notes-code")).click();
        Browsers.waitForVisible(anna, By.cssSelector(".own-notes-closing .qr-code"));
        assertThat(archived(live)).containsExactly("Eerst wel in het verslag");

        // Another browser (a phone) opens the link the QR code carries.
        String secret = (String) ((JavascriptExecutor) anna)
                .executeScript("return localStorage.getItem('kt-participant-' + arguments[0]);", code);
        WebDriver phone = browsers.open();
        browsers.go(phone, "/my-notes#" + secret);
        waitForText(phone, By.cssSelector(".own-notes-conversation"), "Eerst wel in het verslag");
        assertThat(phone.getCurrentUrl()).doesNotContain(secret);

        // The tablet itself opens its notes with its own secret and takes back the consent.
        anna.findElement(By.id("own-notes-closing-link")).click();
        waitForText(anna, By.cssSelector(".own-notes-conversation"), "Eerst wel in het verslag");
        String group =
                anna.findElement(By.cssSelector(".own-note vaadin-radio-group")).getAttribute("id");
        choose(anna, group, "Alleen voor deze tafel");
        new WebDriverWait(anna, Browsers.TIMEOUT).until(d -> archived(live).isEmpty());
    }
}
