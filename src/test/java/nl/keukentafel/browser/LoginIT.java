package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.StaffAccount;
import nl.keukentafel.base.Languages;
import nl.keukentafel.base.Translations;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class LoginIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Translations translations;

    private Browsers browsers;

    @AfterEach
    void closeBrowsers() {
        if (browsers != null) {
            browsers.close();
        }
    }

    private WebDriver openLoginPage() {
        browsers = new Browsers(port);
        WebDriver browser = browsers.open("/login");
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"));
        return browser;
    }

    /** Fills in the login form and submits it, as a staff member would. */
    static void logIn(WebDriver browser, String username, String password) {
        Browsers.type(
                browser.findElement(By.cssSelector("vaadin-login-form vaadin-text-field[name=username]")), username);
        Browsers.type(
                browser.findElement(By.cssSelector("vaadin-login-form vaadin-password-field[name=password]")),
                password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"))
                .click();
    }

    /** Logs in and waits until the browser has left the current page (the URL alone may not change). */
    private static void logInAndWaitForTheNextPage(WebDriver browser, String username, String password) {
        WebElement form = browser.findElement(By.cssSelector("vaadin-login-form"));
        logIn(browser, username, password);
        Browsers.waitForNextPage(browser, form);
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"));
    }

    private static String loginErrorText(WebDriver browser) {
        WebElement wrapper = browser.findElement(By.cssSelector("vaadin-login-form"))
                .getShadowRoot()
                .findElement(By.cssSelector("vaadin-login-form-wrapper"));
        return Browsers.shadowText(wrapper, "[part=error-message]");
    }

    @Test
    void anAdminLogsInThroughTheLoginPageAndSeesTheStaffShell() {
        StaffAccount admin = TestStaff.create(accounts, "browser-beheer", StaffRole.ADMIN);
        WebDriver browser = openLoginPage();
        assertThat(loginErrorText(browser)).isEmpty();

        logIn(browser, admin.username(), TestStaff.PASSWORD);

        Browsers.waitForPath(browser, "/");
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-app-layout"));
        assertThat(browser.findElement(By.cssSelector(".app-title")).getText()).isEqualTo("Keukentafel");
        assertThat(browser.findElement(By.cssSelector(".current-user")).getText())
                .isEqualTo(admin.username());
        assertThat(Browsers.waitForVisible(browser, By.cssSelector("vaadin-side-nav-item[path='admin/accounts']"))
                        .getText())
                .isEqualTo("Accounts");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Welkom bij Keukentafel");
    }

    @Test
    void aWrongPasswordShowsTheLoginErrorAndStaysOnTheLoginPage() {
        StaffAccount facilitator = TestStaff.create(accounts, "browser-leider", StaffRole.FACILITATOR);
        WebDriver browser = openLoginPage();

        logIn(browser, facilitator.username(), "niet-het-goede-wachtwoord");

        Browsers.waitForUrlEnding(browser, "/login?error");
        assertThat(loginErrorText(browser))
                .contains(translations.getTranslation("login.error.title", Languages.DUTCH))
                .contains(translations.getTranslation("login.error.message", Languages.DUTCH));
        assertThat(browser.findElements(By.cssSelector("vaadin-app-layout"))).isEmpty();
    }

    @Test
    void afterFiveWrongPasswordsTheLoginPageSaysToWaitEvenForTheRightOne() {
        StaffAccount facilitator = TestStaff.create(accounts, "browser-geduld", StaffRole.FACILITATOR);
        WebDriver browser = openLoginPage();
        for (int i = 0; i < 5; i++) {
            logInAndWaitForTheNextPage(browser, facilitator.username(), "niet-het-goede-wachtwoord");
            assertThat(browser.getCurrentUrl()).endsWith("/login?error");
        }

        logInAndWaitForTheNextPage(browser, facilitator.username(), TestStaff.PASSWORD);

        Browsers.waitForUrlEnding(browser, "/login?throttled");
        assertThat(loginErrorText(browser))
                .contains(translations.getTranslation("login.throttled.title", Languages.DUTCH))
                .contains(translations.getTranslation("login.throttled.message", Languages.DUTCH));
        assertThat(browser.findElements(By.cssSelector("vaadin-app-layout"))).isEmpty();
    }

    @Test
    void anAnonymousVisitorOpeningTheAppLandsOnTheLoginPage() {
        browsers = new Browsers(port);

        WebDriver browser = browsers.open("/admin/accounts");

        Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.getTitle()).isEqualTo("Inloggen voor medewerkers · Keukentafel");
    }

    @Test
    void afterLoginTheStaffMemberReturnsToThePageTheyAskedFor() {
        StaffAccount admin = TestStaff.create(accounts, "browser-terug", StaffRole.ADMIN);
        browsers = new Browsers(port);
        WebDriver browser = browsers.open("/admin/accounts");
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"));

        logIn(browser, admin.username(), TestStaff.PASSWORD);

        Browsers.waitForPath(browser, "/admin/accounts");
        assertThat(Browsers.waitForVisible(browser, By.tagName("h1")).getText()).isEqualTo("Accounts van medewerkers");
    }

    @Test
    void choosingEnglishIsRememberedByTheBrowser() {
        WebDriver browser = openLoginPage();

        WebElement dutchPage = browser.findElement(By.cssSelector("vaadin-login-form"));
        browser.findElement(By.cssSelector("vaadin-select.language-switch")).click();
        Browsers.waitForVisible(browser, By.xpath("//vaadin-select-item[normalize-space()='English']"))
                .click();

        Browsers.waitForNextPage(browser, dutchPage);
        new WebDriverWait(browser, Browsers.TIMEOUT).until(d -> "en".equals(documentLanguage(d)));
        assertThat(browser.manage().getCookieNamed(Languages.COOKIE).getValue()).isEqualTo("en");
        assertThat(formTitle(browser)).isEqualTo("Staff login");

        browser.manage().deleteCookieNamed("JSESSIONID");
        browsers.go(browser, "/login");

        assertThat(documentLanguage(browser)).isEqualTo("en");
        assertThat(formTitle(browser)).isEqualTo("Staff login");
    }

    private static Object documentLanguage(WebDriver browser) {
        return ((JavascriptExecutor) browser).executeScript("return document.documentElement.lang");
    }

    private static String formTitle(WebDriver browser) {
        return Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"))
                .getShadowRoot()
                .findElement(By.cssSelector("[slot=form-title]"))
                .getText();
    }
}
