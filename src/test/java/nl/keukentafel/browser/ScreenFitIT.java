package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.keukentafel.board.Joined;
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

/**
 * Issue 15: the projector fills exactly one beamer image at the usual sizes and never scrolls,
 * keeping each column's newest note in view; the facilitator board shows every column's header on
 * a laptop (1280×800) and points out a note that arrives out of view.
 */
@BrowserTest
class ScreenFitIT {

    /**
     * The projector as measured in the page: scrolling, the strip, and per column its newest note
     * (shown, inside the screen and its column) and the "+ N eerdere" line.
     */
    private static final String MEASURE_PROJECTOR = """
            const inside = (box, outer) => box.top >= outer.top - 1 && box.bottom <= outer.bottom + 1
                && box.left >= outer.left - 1 && box.right <= outer.right + 1;
            const screen = {top: 0, left: 0, bottom: innerHeight, right: innerWidth};
            const shown = e => !!e && e.getClientRects().length > 0 && inside(e.getBoundingClientRect(), screen);
            const strip = document.querySelector('.projector-header').getBoundingClientRect();
            const columns = Array.from(document.querySelectorAll('.board-column')).map(column => {
                const cards = column.querySelectorAll('kt-note');
                const newest = cards[cards.length - 1];
                const earlier = column.querySelector('.projector-earlier');
                return {
                    id: column.id,
                    notes: cards.length,
                    newestInView: !!newest && shown(newest)
                        && inside(newest.getBoundingClientRect(), column.getBoundingClientRect()),
                    visibleNotes: Array.from(cards).filter(c => c.getClientRects().length > 0).length,
                    earlier: earlier && !earlier.hidden ? earlier.textContent : null,
                };
            });
            const text = document.querySelector('kt-note .note-text');
            return {
                scrollHeight: Math.max(document.documentElement.scrollHeight, document.body.scrollHeight),
                innerHeight: innerHeight,
                scrollbar: innerWidth - document.documentElement.clientWidth,
                stripHeight: Math.round(strip.height),
                codeInView: shown(document.getElementById('join-code')),
                qrInView: shown(document.querySelector('.projector-join .qr-code')),
                lang: document.documentElement.lang,
                hyphens: getComputedStyle(text).hyphens,
                overflowWrap: getComputedStyle(text).overflowWrap,
                columns: columns,
            };
            """;

    private static final String HEADERS_IN_VIEW = """
            return Array.from(document.querySelectorAll('.facilitator-board .board-column h2')).map(h => {
                const box = h.getBoundingClientRect();
                return {text: h.textContent, left: Math.round(box.left), top: Math.round(box.top),
                    right: Math.round(box.right), bottom: Math.round(box.bottom),
                    inView: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth};
            });
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

    /** Makes the page exactly this big, as a beamer or laptop screen of that resolution shows it. */
    private static void screen(WebDriver browser, int width, int height) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Waits until the page's measurement passes the check, then returns it (or the last one, to fail on). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> settled(
            WebDriver browser, String measure, Function<Map<String, Object>, Boolean> check) {
        List<Map<String, Object>> last = new ArrayList<>(1);
        try {
            new WebDriverWait(browser, Browsers.TIMEOUT).until(d -> {
                Map<String, Object> now = (Map<String, Object>) js(d, measure);
                last.clear();
                last.add(now);
                return check.apply(now);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // Fall through: the assertions below say what is wrong.
        }
        return last.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> columns(Map<String, Object> measured) {
        return (List<Map<String, Object>>) measured.get("columns");
    }

    private static boolean fits(Map<String, Object> m) {
        return ((Number) m.get("scrollHeight")).intValue() <= ((Number) m.get("innerHeight")).intValue()
                && columns(m).stream()
                        .allMatch(c -> ((Number) c.get("notes")).intValue() == 0
                                || Boolean.TRUE.equals(c.get("newestInView")));
    }

    @Test
    void theProjectorFillsOneBeamerScreenAtEverySizeAndKeepsTheNewestNotesInView() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Een vol bord");
        List<Joined> table = new ArrayList<>();
        for (String name : List.of("Anna", "Bram", "Cas", "Dirk", "Eva", "Fleur")) {
            table.add(fixture.join(live, name, false, TableRole.RESIDENT));
        }
        String longer = "Ik kreeg een brief over mijn huurachterstand en durfde die wekenlang niet open te maken, "
                + "omdat ik bang was voor wat erin stond.";
        int placed = 0;
        for (Map.Entry<String, Integer> category : List.of(
                Map.entry("experience", 12),
                Map.entry("policy-effect", 8),
                Map.entry("questions", 6),
                Map.entry("ideas", 4),
                Map.entry("agreements", 2))) {
            for (int i = 1; i <= category.getValue(); i++) {
                String text = category.getKey() + " " + i + (i % 3 == 0 ? ": " + longer : ": kort");
                fixture.note(table.get(placed++ % table.size()), category.getKey(), text);
            }
        }

        WebDriver projector = browsers.open();
        BoardPages.logIn(browsers, projector, facilitator, BoardFixture.PASSWORD);
        browsers.go(projector, "/conversations/" + live.id().value() + "/projector");
        Browsers.waitForVisible(projector, By.id("join-code"));

        for (int[] size : new int[][] {{1280, 720}, {1280, 800}, {1920, 1080}}) {
            screen(projector, size[0], size[1]);
            Map<String, Object> m = settled(projector, MEASURE_PROJECTOR, ScreenFitIT::fits);
            String at = size[0] + "x" + size[1] + ": " + m;
            assertThat(((Number) m.get("scrollHeight")).intValue())
                    .as("no vertical scroll at %s", at)
                    .isLessThanOrEqualTo(size[1]);
            assertThat(((Number) m.get("scrollbar")).intValue())
                    .as("no scrollbar at %s", at)
                    .isZero();
            assertThat(m.get("codeInView")).as("code in view at %s", at).isEqualTo(true);
            assertThat(m.get("qrInView")).as("QR code in view at %s", at).isEqualTo(true);
            assertThat(((Number) m.get("stripHeight")).intValue())
                    .as("a compact strip at %s", at)
                    .isLessThanOrEqualTo(size[1] / 4);
            assertThat(columns(m))
                    .as("newest note of every column in view at %s", at)
                    .allSatisfy(column -> assertThat(column.get("newestInView"))
                            .as("%s", column)
                            .isEqualTo(true));
            Map<String, Object> experience = columns(m).getFirst();
            assertThat(experience.get("notes")).isEqualTo(12L);
            int visible = ((Number) experience.get("visibleNotes")).intValue();
            assertThat((String) experience.get("earlier"))
                    .as("older notes folded at %s", at)
                    .isEqualTo("+ " + (12 - visible) + " eerdere");
            assertThat(m.get("lang")).isEqualTo("nl");
            assertThat(m.get("hyphens")).isEqualTo("auto");
            assertThat(m.get("overflowWrap")).isNotEqualTo("anywhere");
        }

        // A note that arrives live lands in view too, and one more older note folds away.
        String arriving = "experience 13: net binnen";
        fixture.note(table.getFirst(), "experience", arriving);
        Map<String, Object> after = settled(
                projector,
                MEASURE_PROJECTOR,
                m -> fits(m) && columns(m).getFirst().get("notes").equals(13L));
        assertThat(columns(after).getFirst().get("newestInView"))
                .as("%s", after)
                .isEqualTo(true);
        assertThat(projector
                        .findElements(By.cssSelector("#category-experience kt-note"))
                        .getLast()
                        .getAttribute("note-text"))
                .isEqualTo(arriving);
        assertThat(((Number) after.get("scrollHeight")).intValue()).isLessThanOrEqualTo(1080);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyColumnOfTheFacilitatorBoardIsInViewOnALaptopAndANoteArrivingOutOfViewIsMarked() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Veel ideeën");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined bram = fixture.join(live, "Bram", false, TableRole.RESIDENT);
        for (int i = 1; i <= 10; i++) {
            fixture.note(i % 2 == 0 ? anna : bram, "ideas", "Idee " + i + ": samen koffie drinken in de wijk");
        }
        for (int i = 1; i <= 4; i++) {
            fixture.note(i % 2 == 0 ? anna : bram, "experience", "Ervaring " + i + ": de brief kwam te laat");
        }

        WebDriver board = browsers.open();
        screen(board, 1280, 800);
        BoardPages.logIn(browsers, board, facilitator, BoardFixture.PASSWORD);
        browsers.go(board, "/conversations/" + live.id().value() + "/board");
        Browsers.waitForVisible(board, By.id("category-ideas"));

        List<Map<String, Object>> headers = (List<Map<String, Object>>) js(board, HEADERS_IN_VIEW);
        assertThat(headers).hasSize(5);
        assertThat(headers)
                .allSatisfy(header -> assertThat(header.get("inView"))
                        .as("column header in view at 1280x800: %s", header)
                        .isEqualTo(true));

        WebElement toggle = board.findElement(By.id("board-side-toggle"));
        assertThat(toggle.getText()).isEqualTo("Code en deelnemers");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        toggle.click();
        new WebDriverWait(board, Browsers.TIMEOUT).until(d -> "false".equals(toggle.getAttribute("aria-expanded")));
        assertThat(board.findElement(By.id("board-side")).isDisplayed()).isFalse();
        assertThat((List<Map<String, Object>>) js(board, HEADERS_IN_VIEW))
                .allSatisfy(header -> assertThat(header.get("inView")).isEqualTo(true));

        // A note arriving at the bottom of the long column, out of view, is marked on its header.
        BoardPages.observeNotes(board);
        String outOfView = "Idee 11: een buurtkamer";
        fixture.note(anna, "ideas", outOfView);
        WebElement badge = Browsers.waitForVisible(board, By.cssSelector("#category-ideas > .new-notes"));
        assertThat(badge.getText()).isEqualTo("1 nieuw");
        assertThat(badge.getAttribute("aria-label")).isEqualTo("Naar de nieuwe notities in Ideeën (1)");
        WebElement arrived =
                board.findElements(By.cssSelector("#category-ideas kt-note")).getLast();
        assertThat(arrived.getAttribute("note-text")).isEqualTo(outOfView);
        assertThat(arrived.getAttribute("data-unseen")).isNotNull();

        // One that arrives in view is not.
        fixture.note(anna, "agreements", "We bellen volgende week");
        BoardPages.waitForNote(board, "We bellen volgende week");
        assertThat(board.findElements(By.cssSelector("#category-agreements > .new-notes")))
                .isEmpty();

        // The badge is a button: it brings the note into view, and the marker goes once it is seen.
        badge.sendKeys(" ");
        new WebDriverWait(board, Browsers.TIMEOUT)
                .withMessage("the marker stays after the note came into view")
                .until(d -> d.findElements(By.cssSelector("#category-ideas > .new-notes"))
                                .isEmpty()
                        && arrived.getAttribute("data-unseen") == null);
        assertThat((Boolean) js(
                        board,
                        "const b = arguments[0].getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight;",
                        arrived))
                .isTrue();
    }
}
