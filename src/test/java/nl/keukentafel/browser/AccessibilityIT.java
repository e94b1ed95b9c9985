package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.StaffAccount;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** WCAG 2.1 A and AA, checked by axe-core in a real browser: any violation fails. */
@BrowserTest
class AccessibilityIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

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

    static void assertNoViolations(WebDriver browser) {
        Browsers.waitForVaadin(browser);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);

        assertThat(results.isErrored()).as(results::getErrorMessage).isFalse();
        List<Rule> violations = results.getViolations();
        assertThat(violations.isEmpty())
                .as(() -> "Accessibility violations on " + browser.getCurrentUrl() + ":\n" + describe(violations))
                .isTrue();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream()
                                .map(AccessibilityIT::describe)
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "    target " + node.getTarget() + "\n      " + node.getHtml() + "\n      "
                + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ");
    }

    @Test
    void theScanReportsAViolationWhenThereIsOne() {
        WebDriver browser = browsers.open("/login");
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"));
        ((JavascriptExecutor) browser).executeScript("document.documentElement.removeAttribute('lang')");

        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);

        assertThat(results.getPasses()).isNotEmpty();
        assertThat(results.getViolations()).extracting(Rule::getId).contains("html-has-lang");
    }

    @Test
    void theLoginPageWithAnErrorMeetsWcag21AA() {
        WebDriver browser = browsers.open("/login?error");
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"));

        assertNoViolations(browser);
    }

    private WebDriver loggedInAdmin() {
        StaffAccount admin = TestStaff.create(accounts, "a11y-beheer", StaffRole.ADMIN);
        WebDriver browser = browsers.open("/login");
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"));
        LoginIT.logIn(browser, admin.username(), TestStaff.PASSWORD);
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-app-layout"));
        return browser;
    }

    @Test
    void theAccountsViewAndItsNewAccountDialogMeetWcag21AA() {
        WebDriver browser = loggedInAdmin();
        browsers.go(browser, "/admin/accounts");
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-grid"));

        assertNoViolations(browser);

        Browsers.waitForVisible(browser, By.id("new-account")).click();
        Browsers.waitForVisible(browser, By.id("account-username"));
        assertNoViolations(browser);
    }

    /** Opens a page, waits for what shows it is drawn, and scans it. */
    private void scan(WebDriver browser, String path, By drawn, List<String> scanned) {
        browsers.go(browser, path);
        Browsers.waitForVisible(browser, drawn);
        assertNoViolations(browser);
        scanned.add(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang;") + " " + path);
    }

    /** A new browser that chose {@code language} before its first page (and so before its session). */
    private WebDriver browserIn(String language) {
        WebDriver browser = browsers.open();
        // A static file of the app, so the cookie can be set for its address before the first page.
        browser.get("http://localhost:" + port + "/styles/keukentafel.css");
        browser.manage().addCookie(new org.openqa.selenium.Cookie("kt-lang", language, "/"));
        // Vaadin serves the static file too and may have opened a session in the default language.
        browser.manage().deleteCookieNamed("JSESSIONID");
        return browser;
    }

    /**
     * Every page a resident or a staff member opens, in Dutch and in English: the join steps, the
     * tablet, the privacy page, the accessibility statement, own notes, and every staff screen.
     */
    @Test
    void everyPageMeetsWcag21AAInDutchAndInEnglish() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Toegankelijk gesprek");
        Joined bram = fixture.join(live, "Bram", true, TableRole.RESIDENT);
        fixture.note(bram, "experience", "Een notitie om te lezen");
        Conversation closed = fixture.close(facilitator, fixture.live(facilitator, "Afgerond gesprek"));
        StaffAccount admin = TestStaff.create(accounts, "a11y-alles", StaffRole.ADMIN, StaffRole.TEAM_MEMBER);
        String code = live.joinCode().value();
        List<String> scanned = new java.util.ArrayList<>();

        for (String language : List.of("nl", "en")) {
            int first = scanned.size();
            WebDriver tablet = browserIn(language);
            scan(tablet, "/join", By.id("join-code-input"), scanned);
            scan(tablet, "/join/" + code, By.id("join-name"), scanned);
            Browsers.type(tablet.findElement(By.id("join-name")), "Anna");
            tablet.findElement(By.id("join-name-next")).click();
            Browsers.waitForVisible(tablet, By.cssSelector("#join-role vaadin-radio-button"));
            assertNoViolations(tablet);
            tablet.findElement(By.cssSelector("#join-role vaadin-radio-button")).click();
            tablet.findElement(By.id("join-role-next")).click();
            Browsers.waitForVisible(tablet, By.id("join-accept"));
            assertNoViolations(tablet);
            tablet.findElement(By.id("join-accept")).click();
            Browsers.waitForPath(tablet, "/table/" + code);
            Browsers.waitForVisible(tablet, By.id("send-note"));
            Browsers.waitForVisible(tablet, By.cssSelector("kt-note .note-read"));
            assertNoViolations(tablet);
            scanned.add(language + " /table/" + code);
            scan(tablet, "/privacy", By.id("privacy-contact"), scanned);
            scan(tablet, "/toegankelijkheid", By.id("accessibility-contact"), scanned);
            scan(tablet, "/my-notes", By.cssSelector(".own-notes-view p"), scanned);

            WebDriver staff = browserIn(language);
            browsers.go(staff, "/login");
            Browsers.waitForVisible(staff, By.cssSelector("vaadin-login-form"));
            assertNoViolations(staff);
            LoginIT.logIn(staff, admin.username(), TestStaff.PASSWORD);
            Browsers.waitForVisible(staff, By.cssSelector("vaadin-app-layout"));
            By layout = By.cssSelector("vaadin-app-layout");
            for (String path : List.of(
                    "/",
                    "/admin/accounts",
                    "/admin/reference",
                    "/admin/audit",
                    "/archive",
                    "/archive/" + closed.id().value(),
                    "/review",
                    "/review/overview",
                    "/insights",
                    "/reports")) {
                scan(staff, path, layout, scanned);
            }
            WebDriver board = browserIn(language);
            BoardPages.logIn(browsers, board, facilitator, BoardFixture.PASSWORD);
            scan(board, "/conversations", layout, scanned);
            scan(board, "/conversations/new", By.id("conversation-starts-at"), scanned);
            scan(board, "/conversations/" + live.id().value() + "/board", By.cssSelector("kt-note"), scanned);
            scan(board, "/conversations/" + live.id().value() + "/projector", By.cssSelector("kt-note"), scanned);
            assertThat(scanned.subList(first, scanned.size()))
                    .as("every page in the chosen language")
                    .allMatch(page -> page.startsWith(language + " "));
        }
        assertThat(scanned).hasSizeGreaterThanOrEqualTo(2 * 20);
    }
}
