package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What people do on board screens, in a real browser: log in, join, place a note, watch notes arrive. */
final class BoardPages {

    /** Records, per note text, the moment it first appeared in this browser's page. */
    private static final String OBSERVE_NOTES = """
            window.__seen = window.__seen || {};
            const record = () => document.querySelectorAll('.note-card .note-text').forEach(e => {
                if (!(e.textContent in window.__seen)) { window.__seen[e.textContent] = Date.now(); }
            });
            if (!window.__observer) {
                window.__observer = new MutationObserver(record);
                window.__observer.observe(document.body, {subtree: true, childList: true, characterData: true});
            }
            record();
            """;

    /** Keeps every message the server sends this page (push over WebSocket, XHR and fetch responses). */
    static final String CAPTURE_TRAFFIC = """
            window.__traffic = [];
            const NativeSocket = window.WebSocket;
            window.WebSocket = function (...args) {
                const socket = new NativeSocket(...args);
                socket.addEventListener('message', e => window.__traffic.push(String(e.data)));
                return socket;
            };
            window.WebSocket.prototype = NativeSocket.prototype;
            Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
            const nativeSend = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.send = function (...args) {
                this.addEventListener('load', () => window.__traffic.push(String(this.responseText)));
                return nativeSend.apply(this, args);
            };
            const nativeFetch = window.fetch;
            window.fetch = (...args) => nativeFetch(...args).then(response => {
                response.clone().text().then(text => window.__traffic.push(text));
                return response;
            });
            """;

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private BoardPages() {}

    static void logIn(Browsers browsers, WebDriver browser, String username, String password) {
        browsers.go(browser, "/login");
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"));
        LoginIT.logIn(browser, username, password);
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-app-layout"));
    }

    /** Goes through the join steps on /join/CODE (as after scanning the QR code) and waits for the table. */
    static void joinFromLink(Browsers browsers, WebDriver tablet, String code, String name, boolean anonymous) {
        browsers.go(tablet, "/join/" + code);
        completeJoin(tablet, code, name, anonymous);
    }

    /** After the code step: name, role (resident), the explanation, and the table view. */
    static void completeJoin(WebDriver tablet, String code, String name, boolean anonymous) {
        Browsers.type(Browsers.waitForVisible(tablet, By.id("join-name")), name);
        if (anonymous) {
            tablet.findElement(By.id("join-anonymous")).click();
        }
        tablet.findElement(By.id("join-name-next")).click();
        Browsers.waitForVisible(tablet, By.cssSelector("#join-role vaadin-radio-button"))
                .click();
        tablet.findElement(By.id("join-role-next")).click();
        Browsers.waitForVisible(tablet, By.id("join-accept")).click();
        Browsers.waitForPath(tablet, "/table/" + code);
        Browsers.waitForVisible(tablet, By.id("send-note"));
    }

    /** Types a note and presses "Plaats notitie"; returns the browser's clock at the moment of the press. */
    static long placeNote(WebDriver tablet, String category, String text) {
        tablet.findElement(By.cssSelector("label[for='choose-" + category + "']"))
                .click();
        tablet.findElement(By.id("note-text")).sendKeys(text);
        return ((Number) ((JavascriptExecutor) tablet)
                        .executeScript("const t = Date.now(); document.getElementById('send-note').click(); return t;"))
                .longValue();
    }

    static void observeNotes(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript(OBSERVE_NOTES);
    }

    /** Waits until the note text is on the page and returns the browser's clock when it first appeared. */
    static long waitForNote(WebDriver browser, String text) {
        Object seen = new WebDriverWait(browser, Browsers.TIMEOUT)
                .withMessage(() -> "note '" + text + "' never appeared on " + browser.getCurrentUrl())
                .until(d -> ((JavascriptExecutor) d).executeScript("return window.__seen[arguments[0]];", text));
        return ((Number) seen).longValue();
    }

    static long countNotesWithText(WebDriver browser, String text) {
        return ((Number) ((JavascriptExecutor) browser)
                        .executeScript(
                                "return Array.from(document.querySelectorAll('.note-card .note-text'))"
                                        + ".filter(e => e.textContent === arguments[0]).length;",
                                text))
                .longValue();
    }

    static void captureTrafficFromNextPage(WebDriver browser) {
        ((ChromeDriver) browser)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CAPTURE_TRAFFIC));
    }

    @SuppressWarnings("unchecked")
    static String capturedTraffic(WebDriver browser) {
        List<Object> traffic =
                (List<Object>) ((JavascriptExecutor) browser).executeScript("return window.__traffic || [];");
        return traffic.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }

    static void assertNoAccessibilityViolations(WebDriver browser) {
        Browsers.waitForVaadin(browser);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.isErrored()).as(results::getErrorMessage).isFalse();
        assertThat(results.getViolations())
                .as(() -> "Accessibility violations on " + browser.getCurrentUrl() + ":\n"
                        + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .map(node -> "    " + node.getTarget() + " " + node.getHtml() + "\n      "
                                        + node.getFailureSummary())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
