package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What only a browser shows of issue 15 for residents: the join steps move the focus to each new
 * step's heading and keep what was typed across a language switch; "Lees voor" hands the note's
 * text to the browser's speech; the text size holds across a reload and the tablet still fits at
 * 200 % zoom; a note the facilitator hides stays on its author's tablet, marked.
 */
@BrowserTest
class AtTheTableIT {

    /** Stands in for the browser's speech before the page's scripts run, and records what it is asked. */
    private static final String STUB_SPEECH = """
            window.__spoken = [];
            const stub = {
              speaking: false,
              getVoices: () => [{ lang: 'nl-NL', name: 'Stub Nederlands' }, { lang: 'en-GB', name: 'Stub English' }],
              speak: (u) => { window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); },
              cancel: () => {},
            };
            Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
            window.SpeechSynthesisUtterance = function (text) { this.text = text; };
            """;

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

    private static String focusedStepTitle(WebDriver browser) {
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .withMessage("the focus never reached the step's heading")
                .until(d ->
                        "join-step-title".equals(js(d, "return document.activeElement && document.activeElement.id;")));
        return (String) js(browser, "return document.activeElement.textContent;");
    }

    @Test
    void eachJoinStepTakesTheFocusAndALanguageSwitchKeepsTheStepAndTheName() {
        Conversation live = fixture.live(fixture.facilitator(), "Taal wisselen");
        WebDriver tablet = browsers.open("/join/" + live.joinCode().value());

        Browsers.type(Browsers.waitForVisible(tablet, By.id("join-name")), "Fatima");
        tablet.findElement(By.id("join-name-next")).click();
        assertThat(focusedStepTitle(tablet)).isEqualTo("Wie bent u aan deze tafel?");

        // Halfway, the resident switches to English: the page reloads on the same step.
        tablet.findElement(By.cssSelector("vaadin-select.language-switch")).click();
        Browsers.waitForVisible(tablet, By.xpath("//vaadin-select-item[normalize-space()='English']"))
                .click();
        new WebDriverWait(tablet, Browsers.TIMEOUT)
                .until(d -> "en".equals(js(d, "return document.documentElement.lang;"))
                        && !d.findElements(By.id("join-step-title")).isEmpty()
                        && d.findElement(By.id("join-step-title")).getText().equals("Who are you at this table?"));
        tablet.findElement(By.xpath("//vaadin-button[normalize-space()='Back']"))
                .click();
        assertThat(focusedStepTitle(tablet)).isEqualTo("What name do you want to use at the table?");
        assertThat(Browsers.waitForVisible(tablet, By.id("join-name")).getAttribute("value"))
                .isEqualTo("Fatima");

        tablet.findElement(By.id("join-name-next")).click();
        Browsers.waitForVisible(tablet, By.cssSelector("#join-role vaadin-radio-button"))
                .click();
        tablet.findElement(By.id("join-role-next")).click();
        assertThat(focusedStepTitle(tablet)).isEqualTo("What happens with your notes?");
    }

    @Test
    void leesVoorHandsTheNotesTextToTheBrowsersSpeechInDutch() {
        Conversation live = fixture.live(fixture.facilitator(), "Voorlezen");
        Joined bram = fixture.join(live, "Bram", false, TableRole.RESIDENT);
        fixture.note(bram, "experience", "De huur ging omhoog en toen kwam de brief.");
        WebDriver tablet = browsers.open();
        ((ChromeDriver) tablet)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", STUB_SPEECH));
        BoardPages.joinFromLink(browsers, tablet, live.joinCode().value(), "Anna", false);
        BoardPages.observeNotes(tablet);
        BoardPages.waitForNote(tablet, "De huur ging omhoog en toen kwam de brief.");

        WebElement read = Browsers.waitForVisible(tablet, By.cssSelector("kt-note .note-read"));
        assertThat(read.getText()).contains("Lees voor");
        assertThat(read.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        read.click();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> spoken = (List<Map<String, Object>>) js(tablet, "return window.__spoken;");
        assertThat(spoken).singleElement().satisfies(utterance -> {
            assertThat(utterance.get("text")).isEqualTo("De huur ging omhoog en toen kwam de brief.");
            assertThat(utterance.get("lang")).isEqualTo("nl-NL");
            assertThat(utterance.get("voice")).isEqualTo("Stub Nederlands");
        });
        assertThat(read.getAttribute("aria-pressed")).isEqualTo("true");

        // The categories are read too, by keyboard as well.
        WebElement category = tablet.findElement(By.cssSelector(".category-option .read-aloud"));
        category.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(((Number) js(tablet, "return window.__spoken.length;")).intValue())
                .isEqualTo(2);
        assertThat((String) js(tablet, "return window.__spoken[1].text;")).startsWith("Wat ik meemaak.");
    }

    @Test
    void theTextSizeHoldsAcrossAReloadAndTheTabletFitsAt200PercentZoom() {
        Conversation live = fixture.live(fixture.facilitator(), "Grote letters");
        WebDriver tablet = browsers.open();
        BoardPages.joinFromLink(browsers, tablet, live.joinCode().value(), "Anna", false);

        tablet.findElement(By.cssSelector("button[data-text-size='xl']")).click();
        assertThat(js(tablet, "return document.documentElement.dataset.textSize;"))
                .isEqualTo("xl");
        assertThat(js(tablet, "return getComputedStyle(document.documentElement).fontSize;"))
                .isEqualTo("24px");

        tablet.navigate().refresh();
        Browsers.waitForVisible(tablet, By.id("send-note"));
        assertThat(js(tablet, "return document.documentElement.dataset.textSize;"))
                .isEqualTo("xl");
        assertThat(tablet.findElement(By.cssSelector("button[data-text-size='xl']"))
                        .getAttribute("aria-pressed"))
                .isEqualTo("true");

        // 200 % zoom of a 1280 px wide screen: 640 CSS pixels. Nothing may need sideways scrolling.
        tablet.manage().window().setSize(new Dimension(640, 900));
        new WebDriverWait(tablet, Browsers.TIMEOUT)
                .withMessage(() -> "the tablet scrolls sideways at 640 px: "
                        + js(tablet, "return document.documentElement.scrollWidth + ' > ' + window.innerWidth;"))
                .until(d -> (Boolean) js(d, "return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    @Test
    void aNoteTheFacilitatorHidesStaysOnItsAuthorsTabletMarkedAndItsWithdrawDialogHasLargeButtons() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Verbergen");
        WebDriver tablet = browsers.open();
        BoardPages.joinFromLink(browsers, tablet, live.joinCode().value(), "Anna", false);
        BoardPages.observeNotes(tablet);
        BoardPages.placeNote(tablet, "experience", "Dit is te persoonlijk voor het grote scherm");
        BoardPages.waitForNote(tablet, "Dit is te persoonlijk voor het grote scherm");
        WebElement card = tablet.findElement(By.cssSelector("kt-note.note-mine"));
        NoteId id = new NoteId(Long.parseLong(card.getAttribute("id").substring("note-".length())));

        fixture.moderate(facilitator, live, id);

        WebElement badge = Browsers.waitForVisible(tablet, By.cssSelector("kt-note.note-mine .note-badge"));
        assertThat(badge.getText()).isEqualTo("De gespreksleider heeft deze notitie verborgen voor de anderen.");
        assertThat(tablet.findElement(By.cssSelector("kt-note.note-mine .note-text"))
                        .getText())
                .isEqualTo("Dit is te persoonlijk voor het grote scherm");

        tablet.findElement(By.cssSelector("kt-note.note-mine vaadin-button[id^='withdraw-note-']"))
                .click();
        WebElement confirm = Browsers.waitForVisible(tablet, By.cssSelector("vaadin-confirm-dialog vaadin-button"));
        assertThat(confirm.getSize().getHeight()).isGreaterThanOrEqualTo(44);
    }
}
