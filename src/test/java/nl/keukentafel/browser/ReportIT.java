package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.keukentafel.report.ReportFixture;
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
 * A team member, in a real browser, downloads the selection of the review area as CSV and JSON,
 * makes a kenniscafé report from it and a case bundle, and downloads both as PDF and Markdown. The
 * files are read back: what must stay at the table is in none of them. The report and bundle
 * editors pass axe.
 */
@BrowserTest
class ReportIT {

    /** What must never be in a file that leaves the product. */
    private static final List<String> NEVER = List.of(
            "Fatima", "Bakker", "Pieter", "Kees", "Jansen", "06-12345678", "Dorpsstraat", "bang", "Teruggetrokken");

    @LocalServerPort
    int port;

    @Autowired
    ReportFixture fixture;

    private Browsers browsers;
    private ReportFixture.Tables tables;

    @BeforeEach
    void closedConversations() {
        browsers = new Browsers(port);
        tables = fixture.tables();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    private WebDriver loggedInTeamMember() {
        WebDriver browser = browsers.open("/login");
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-login-form"));
        LoginIT.logIn(browser, tables.team(), BoardFixture.PASSWORD);
        Browsers.waitForVisible(browser, By.cssSelector("vaadin-app-layout"));
        return browser;
    }

    private static void click(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        Browsers.waitForVaadin(browser);
    }

    /** Clicks a download button, waits for its link, follows it and returns the file. */
    private static Path download(WebDriver browser, Path folder, String id, String prefix, String suffix) {
        click(browser, browser.findElement(By.id(id)));
        WebElement link = Browsers.waitForVisible(browser, By.id(id + "-link"));
        click(browser, link);
        return Browsers.waitForDownload(folder, prefix, suffix);
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String preview(WebDriver browser, String id) {
        return String.valueOf(browser.findElement(By.id(id)).getAttribute("srcdoc"));
    }

    @Test
    void aTeamMemberDownloadsTheSelectionAReportAndACaseBundleInEveryFormat() throws IOException {
        WebDriver browser = loggedInTeamMember();
        Path folder = browsers.allowDownloads(browser);
        browsers.go(browser, "/review?municipality=" + tables.place().id());

        Path csv = download(browser, folder, "review-export-csv", "keukentafel-selectie", ".csv");
        byte[] csvBytes = Files.readAllBytes(csv);
        assertThat(csvBytes[0] & 0xFF).as("byte order mark").isEqualTo(0xEF);
        assertThat(text(csv))
                .contains(
                        "tekst",
                        "Eén vaste contactpersoon bij de woningcorporatie helpt écht.",
                        "[naam] belde [telefoon]");
        assertThat(NEVER).noneMatch(text(csv)::contains);
        Path json = download(browser, folder, "review-export-json", "keukentafel-selectie", ".json");
        assertThat(text(json)).contains("\"count\" : 5", "[naam] belde [telefoon]");
        assertThat(NEVER).noneMatch(text(json)::contains);

        // A report about the conversations of this selection.
        click(browser, browser.findElement(By.id("review-new-report")));
        Browsers.waitForPath(browser, "/reports/new");
        Browsers.waitForVaadin(browser);
        // The router keeps the scroll position of the review page: bring the form's top into view.
        WebElement title = browser.findElement(By.id("report-title"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", title);
        Browsers.type(title, "Kenniscafé in de browser");
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .until(d -> preview(d, "report-preview").contains("Kenniscafé in de browser"));
        assertThat(preview(browser, "report-preview")).contains("Wat we hoorden", "Afspraken");
        AccessibilityIT.assertNoViolations(browser);
        click(browser, browser.findElement(By.id("report-save")));
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .until(d -> d.getCurrentUrl().matches(".*/reports/[0-9]+$"));
        Browsers.waitForVaadin(browser);

        Path pdf = download(browser, folder, "report-pdf", "verslag-", ".pdf");
        String pdfText = ReportFixture.text(Files.readAllBytes(pdf));
        assertThat(pdf.getFileName().toString()).isEqualTo("verslag-kenniscafe-in-de-browser-concept.pdf");
        assertThat(pdfText)
                .contains(
                        "Kenniscafé in de browser",
                        "De vragen van bewoners",
                        "Wie er aan tafel zaten",
                        "Wat we hoorden",
                        "[naam] belde [telefoon]",
                        "Inwonen kost huishoudens hun huis",
                        "De gemeente bekijkt de kostendelersnorm");
        assertThat(NEVER).noneMatch(pdfText::contains);
        Path markdown = download(browser, folder, "report-markdown", "verslag-", ".md");
        assertThat(text(markdown))
                .contains("# Kenniscafé in de browser", "## Wat we hoorden", "> Mijn huurachterstand");
        assertThat(NEVER).noneMatch(text(markdown)::contains);

        // A case bundle with one case.
        browsers.go(browser, "/bundles/new");
        Browsers.type(browser.findElement(By.id("bundle-title")), "Lesbundel uit de browser");
        click(browser, browser.findElement(By.id("bundle-save")));
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .until(d -> d.getCurrentUrl().matches(".*/bundles/[0-9]+$"));
        Browsers.waitForVaadin(browser);
        click(browser, browser.findElement(By.id("bundle-add-case")));
        Browsers.waitForVisible(browser, By.id("case-title"));
        Browsers.type(browser.findElement(By.id("case-title")), "Een zoon komt thuis wonen");
        Browsers.type(browser.findElement(By.id("case-search")), "zoon");
        // The search narrows the list a moment after typing; choose from the narrowed list.
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .until(d -> !d.findElement(By.id("case-candidates")).getText().contains("contactpersoon"));
        Browsers.waitForVaadin(browser);
        click(
                browser,
                browser.findElement(By.id("case-add-" + tables.bundleNote().value())));
        new WebDriverWait(browser, Browsers.TIMEOUT)
                .until(d -> d.findElement(By.id("case-notes")).getText().contains("Toen mijn zoon"));
        Browsers.type(browser.findElement(By.id("case-what-happened")), "De uitkering ging omlaag.");
        Browsers.type(browser.findElement(By.id("case-questions")), "Welke regel speelt hier?");
        AccessibilityIT.assertNoViolations(browser);
        click(browser, browser.findElement(By.id("case-save")));
        Browsers.waitForVisible(browser, By.id("bundle-case-1"));
        AccessibilityIT.assertNoViolations(browser);

        Path bundlePdf = download(browser, folder, "bundle-pdf", "lesbundel-", ".pdf");
        String bundleText = ReportFixture.text(Files.readAllBytes(bundlePdf));
        assertThat(bundleText)
                .contains(
                        "Lesbundel uit de browser",
                        "Hoe de casussen zijn verzameld en anoniem gemaakt",
                        "Casus 1: Een zoon komt thuis wonen",
                        "Toen mijn zoon kwam inwonen",
                        "Welke regel speelt hier?");
        assertThat(NEVER).noneMatch(bundleText::contains);
        Path bundleMarkdown = download(browser, folder, "bundle-markdown", "lesbundel-", ".md");
        assertThat(text(bundleMarkdown))
                .contains("## Casus 1: Een zoon komt thuis wonen", "1. Welke regel speelt hier?");
        assertThat(NEVER).noneMatch(text(bundleMarkdown)::contains);
    }
}
