package nl.keukentafel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.keukentafel.Application;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NotFoundException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The live board as people use it, in real Chromium: join, write, see every note arrive everywhere. */
@BrowserTest
class LiveBoardIT {

    private static final Logger log = LoggerFactory.getLogger(LiveBoardIT.class);

    @LocalServerPort
    int port;

    @Autowired
    BoardFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsentService consents;

    @Value("${spring.datasource.url}")
    String datasourceUrl;

    private Browsers browsers;

    @BeforeEach
    void openBrowsers() {
        browsers = new Browsers(port);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.close();
    }

    /** A facilitator's logged-in browser showing the board or the projector screen. */
    private WebDriver staffScreen(String facilitator, Conversation live, String screen, boolean captureTraffic) {
        WebDriver browser = browsers.open();
        if (captureTraffic) {
            BoardPages.captureTrafficFromNextPage(browser);
        }
        BoardPages.logIn(browsers, browser, facilitator, BoardFixture.PASSWORD);
        browsers.go(browser, "/conversations/" + live.id().value() + "/" + screen);
        return browser;
    }

    @Test
    void aNoteTypedOnATabletAppearsOnEveryOtherScreen() throws IOException {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Vier schermen");
        String code = live.joinCode().value();
        WebDriver board = staffScreen(facilitator, live, "board", false);
        WebDriver projector = staffScreen(facilitator, live, "projector", false);
        WebDriver anna = browsers.open();
        BoardPages.joinFromLink(browsers, anna, code, "Anna", false);
        WebDriver bert = browsers.open();
        BoardPages.joinFromLink(browsers, bert, code, "Bert", false);
        List<WebDriver> watchers = List.of(board, projector, bert);
        watchers.forEach(BoardPages::observeNotes);
        BoardPages.observeNotes(anna);

        List<Long> worstPerNote = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String text = "Notitie " + i + " van Anna";
            long sent = BoardPages.placeNote(anna, "experience", text);
            long worst = 0;
            for (WebDriver watcher : watchers) {
                worst = Math.max(worst, BoardPages.waitForNote(watcher, text) - sent);
            }
            worstPerNote.add(worst);
            BoardPages.waitForNote(anna, text);
        }

        for (WebDriver screen : List.of(board, projector, bert, anna)) {
            assertThat(BoardPages.countNotesWithText(screen, "Notitie 3 van Anna"))
                    .isEqualTo(1);
        }
        String report = "note-to-every-other-screen ms (browser clock, 3 screens, 5 notes): " + worstPerNote;
        log.info(report);
        Path out = Path.of("target", "browser-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + System.lineSeparator());
        assertThat(worstPerNote).allMatch(ms -> ms >= 0);
    }

    /**
     * The server sends a card as one element with its parts as attributes; the page's script draws
     * them. Only a browser shows that the parts appear in order, that the text is shown as typed
     * (never read as HTML), and that the hidden badge comes and goes.
     */
    @Test
    void aCardShowsTextAuthorRoleAndTimeAsTypedAndItsBadgeWhenHidden() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Kaarten");
        WebDriver board = staffScreen(facilitator, live, "board", false);
        WebDriver anna = browsers.open();
        BoardPages.joinFromLink(browsers, anna, live.joinCode().value(), "Anna", false);
        List.of(board, anna).forEach(BoardPages::observeNotes);
        String typed = "Huur <b>te hoog</b> & \"onzeker\" <img src=x onerror=alert(1)>";

        BoardPages.placeNote(anna, "experience", typed);
        BoardPages.waitForNote(board, typed);
        BoardPages.waitForNote(anna, typed);

        // Only the author's own card shows their consent choice.
        assertThat(drawnCard(board).get("parts")).isEqualTo(List.of("note-text", "note-meta"));
        assertThat(drawnCard(anna).get("parts")).isEqualTo(List.of("note-text", "note-meta", "note-consent"));
        assertThat(drawnCard(anna).get("consent")).isEqualTo("Alleen voor deze tafel");
        for (WebDriver screen : List.of(board, anna)) {
            Map<?, ?> card = drawnCard(screen);
            assertThat(card.get("text")).isEqualTo(typed);
            assertThat(card.get("markup")).isEqualTo(0L);
            assertThat(card.get("role")).isEqualTo("Bewoner");
            assertThat((String) card.get("time")).matches("\\d{2}:\\d{2}");
        }
        assertThat(drawnCard(board).get("author")).isEqualTo("Anna");
        assertThat(drawnCard(anna).get("author")).isEqualTo("Ik");
        // The resident's own buttons come after the drawn parts.
        assertThat(drawnCard(anna).get("last")).isEqualTo("note-actions");

        board.findElement(By.cssSelector("[id^='hide-']")).click();
        new WebDriverWait(board, Browsers.TIMEOUT)
                .until(d -> "Verborgen voor anderen".equals(drawnCard(d).get("badge")));
        assertThat(drawnCard(board).get("parts")).isEqualTo(List.of("note-text", "note-meta", "note-badge"));
        board.findElement(By.cssSelector("[id^='unhide-']")).click();
        new WebDriverWait(board, Browsers.TIMEOUT).until(d -> drawnCard(d).get("badge") == null);
    }

    /** What the browser drew of the first note card on the page. */
    private static Map<?, ?> drawnCard(WebDriver screen) {
        return (Map<?, ?>) ((JavascriptExecutor) screen).executeScript("""
                const card = document.querySelector('.note-card');
                const text = (selector) => card.querySelector(selector)?.textContent ?? null;
                return {
                    parts: Array.from(card.children).map(e => e.classList[0])
                            .filter(c => c.startsWith('note-') && c !== 'note-actions'),
                    last: card.lastElementChild.className,
                    text: text('.note-text'),
                    markup: card.querySelectorAll('.note-text *').length,
                    author: text('.note-meta .note-author'),
                    role: text('.note-meta .note-role'),
                    time: text('.note-meta .note-time'),
                    badge: text('.note-badge'),
                    consent: text('.note-consent'),
                };
                """);
    }

    @Test
    void residentsJoinByTypingTheCodeAndByTheQrCodeLink() throws Exception {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "QR en code");
        String code = live.joinCode().value();
        WebDriver board = staffScreen(facilitator, live, "board", false);
        By qrImage = By.cssSelector(".board-code img.qr-code");
        Browsers.waitForVisible(board, qrImage);

        // Scan what the browser shows, as a phone camera would: retry until the image has settled.
        String scanned = new WebDriverWait(board, Duration.ofSeconds(15))
                .ignoring(NotFoundException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> decodeQr(d, d.findElement(qrImage)));
        assertThat(scanned).isEqualTo(browsers.url("/join/" + code));

        WebDriver scanner = browsers.open();
        scanner.get(scanned);
        Browsers.waitForVaadin(scanner);
        BoardPages.completeJoin(scanner, code, "Via QR", false);

        WebDriver typer = browsers.open("/join");
        Browsers.type(
                Browsers.waitForVisible(typer, By.id("join-code-input")),
                live.joinCode().display().toLowerCase());
        typer.findElement(By.id("join-code-next")).click();
        BoardPages.completeJoin(typer, code, "Met code", false);

        BoardPages.observeNotes(board);
        BoardPages.placeNote(typer, "ideas", "Getypt met de code");
        BoardPages.waitForNote(board, "Getypt met de code");
        assertThat(board.findElement(By.id("seats")).getText())
                .contains("Via QR")
                .contains("Met code");
    }

    /**
     * Draws the QR image the browser loaded onto a canvas (white background, 400 px, away from
     * layout, scrolling and overlays) and decodes the pixels, as a phone camera would.
     */
    private static String decodeQr(WebDriver browser, WebElement qr) {
        Object dataUrl = ((JavascriptExecutor) browser).executeScript("""
                        const img = arguments[0];
                        if (!img.complete || img.naturalWidth === 0) { return null; }
                        const canvas = document.createElement('canvas');
                        canvas.width = 400; canvas.height = 400;
                        const g = canvas.getContext('2d');
                        g.fillStyle = '#fff'; g.fillRect(0, 0, 400, 400);
                        g.drawImage(img, 0, 0, 400, 400);
                        return canvas.toDataURL('image/png');
                        """, qr);
        if (!(dataUrl instanceof String url)) {
            throw new NotFoundException("The QR image has not loaded yet");
        }
        byte[] png = Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));
        BinaryBitmap bitmap;
        try {
            bitmap = new BinaryBitmap(
                    new HybridBinarizer(new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The canvas holds nothing but the code on white, so read it as a pure code first; the
        // general detector is the fallback.
        for (DecodeHintType hint : List.of(DecodeHintType.PURE_BARCODE, DecodeHintType.TRY_HARDER)) {
            try {
                return new MultiFormatReader()
                        .decode(bitmap, Map.of(hint, Boolean.TRUE))
                        .getText();
            } catch (com.google.zxing.NotFoundException e) {
                // try the next way of reading
            }
        }
        throw new NotFoundException("No QR code in the image");
    }

    @Test
    void aWrongCodeGetsAClearMessage() {
        WebDriver typer = browsers.open("/join");
        Browsers.type(Browsers.waitForVisible(typer, By.id("join-code-input")), "ZZZ-ZZZ");
        typer.findElement(By.id("join-code-next")).click();
        Browsers.waitForVaadin(typer);

        assertThat(typer.findElement(By.id("join-code-input")).getAttribute("invalid"))
                .isNotNull();
        assertThat(typer.findElement(By.id("join-code-input")).getText()).contains("Deze code kennen we niet");
    }

    @Test
    void aTabletThatLosesItsConnectionDeliversItsNoteExactlyOnce() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Wifi weg");
        String code = live.joinCode().value();
        WebDriver board = staffScreen(facilitator, live, "board", false);
        BoardPages.observeNotes(board);

        try (CuttableProxy wifi = new CuttableProxy(port)) {
            Browsers tabletSide = new Browsers(wifi.port());
            try (tabletSide) {
                WebDriver tablet = tabletSide.open();
                BoardPages.joinFromLink(tabletSide, tablet, code, "Tablet", false);
                BoardPages.observeNotes(tablet);

                wifi.cut();
                BoardPages.placeNote(tablet, "experience", "Geschreven zonder wifi");
                WebElement pending = Browsers.waitForVisible(tablet, By.cssSelector(".outbox-note.sending"));
                assertThat(pending.getText()).contains("Geschreven zonder wifi").contains("Wordt verstuurd");
                assertThat(BoardPages.countNotesWithText(board, "Geschreven zonder wifi"))
                        .isZero();

                // Also a draft being typed while offline survives a reload.
                tablet.findElement(By.id("note-text")).sendKeys("Half getypt");
                wifi.restore();

                BoardPages.waitForNote(board, "Geschreven zonder wifi");
                BoardPages.waitForNote(tablet, "Geschreven zonder wifi");
                new org.openqa.selenium.support.ui.WebDriverWait(tablet, Duration.ofSeconds(30))
                        .until(d ->
                                d.findElements(By.cssSelector(".outbox-note")).isEmpty());

                tablet.navigate().refresh();
                Browsers.waitForVisible(tablet, By.id("send-note"));
                new org.openqa.selenium.support.ui.WebDriverWait(tablet, Duration.ofSeconds(30))
                        .until(d -> "Half getypt"
                                .equals(d.findElement(By.id("note-text")).getAttribute("value")));
                assertThat(BoardPages.countNotesWithText(tablet, "Geschreven zonder wifi"))
                        .isEqualTo(1);
            }
        }
        assertThat(BoardPages.countNotesWithText(board, "Geschreven zonder wifi"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from note where text = 'Geschreven zonder wifi'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTabletWhoseSessionExpiredComesBackAsTheSameParticipantWithNothingLost() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Sessie verlopen");
        String code = live.joinCode().value();
        WebDriver tablet = browsers.open();
        BoardPages.joinFromLink(browsers, tablet, code, "Terugkeerder", false);
        BoardPages.observeNotes(tablet);
        BoardPages.placeNote(tablet, "experience", "Voor het verlopen");
        BoardPages.waitForNote(tablet, "Voor het verlopen");
        tablet.findElement(By.id("note-text")).sendKeys("Nog niet geplaatst");

        // The server forgets the session (timeout, restart): the browser keeps its secret and draft.
        tablet.manage().deleteCookieNamed("JSESSIONID");
        browsers.go(tablet, "/table/" + code);

        Browsers.waitForVisible(tablet, By.id("send-note"));
        WebElement ownNote = Browsers.waitForVisible(tablet, By.cssSelector(".note-card.note-mine"));
        assertThat(ownNote.getText()).contains("Voor het verlopen").contains("Ik");
        assertThat(tablet.findElement(By.id("note-text")).getAttribute("value")).isEqualTo("Nog niet geplaatst");
        assertThat(jdbc.sql("select count(*) from participant where conversation_id = :id")
                        .param("id", live.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aNoteWrittenOnOneNodeAppearsOnAScreenOfTheOther() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Twee servers");
        String code = live.joinCode().value();
        // Each Spring context installs its own global security-context strategy; this JVM's first
        // node (and the test fixture) must keep theirs while and after the second node runs.
        SecurityContextHolderStrategy firstNodeStrategy = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(Application.class)
                .properties(Map.of(
                        "server.port", "0",
                        "spring.datasource.url", datasourceUrl,
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", "postgres",
                        "vaadin.devmode.devTools.enabled", "false"))
                .run()) {
            SecurityContextHolder.setContextHolderStrategy(firstNodeStrategy);
            int secondPort = Integer.parseInt(secondNode.getEnvironment().getProperty("local.server.port", "0"));
            assertThat(secondPort).isNotEqualTo(port).isPositive();

            WebDriver board = staffScreen(facilitator, live, "board", false);
            BoardPages.observeNotes(board);

            try (Browsers onSecondNode = new Browsers(secondPort)) {
                WebDriver tablet = onSecondNode.open();
                BoardPages.joinFromLink(onSecondNode, tablet, code, "Op node twee", false);
                BoardPages.observeNotes(tablet);
                long sent = BoardPages.placeNote(tablet, "questions", "Van de andere server");
                long seen = BoardPages.waitForNote(board, "Van de andere server");
                log.info("note from node 2 on node 1's screen after {} ms", seen - sent);
                BoardPages.waitForNote(tablet, "Van de andere server");
            }
            assertThat(BoardPages.countNotesWithText(board, "Van de andere server"))
                    .isEqualTo(1);
        }
    }

    @Test
    void anAnonymousNameNeverReachesAnotherBrowser() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Anoniem aan tafel");
        String code = live.joinCode().value();
        String secretName = "Geheime Naam Xq";

        WebDriver board = staffScreen(facilitator, live, "board", true);
        WebDriver projector = staffScreen(facilitator, live, "projector", true);
        WebDriver other = browsers.open();
        BoardPages.captureTrafficFromNextPage(other);
        BoardPages.joinFromLink(browsers, other, code, "Open Naam", false);
        List.of(board, projector, other).forEach(BoardPages::observeNotes);

        WebDriver anonymous = browsers.open();
        BoardPages.joinFromLink(browsers, anonymous, code, secretName, true);
        BoardPages.placeNote(anonymous, "experience", "Anoniem geschreven");
        for (WebDriver screen : List.of(board, projector, other)) {
            BoardPages.waitForNote(screen, "Anoniem geschreven");
        }

        for (WebDriver screen : List.of(projector, other)) {
            assertThat(screen.getPageSource()).doesNotContain(secretName).contains("Anoniem");
            assertThat(BoardPages.capturedTraffic(screen)).isNotEmpty().doesNotContain(secretName);
        }
        // The facilitator is the one screen that may know who wrote it: proves the capture works.
        assertThat(BoardPages.capturedTraffic(board)).contains(secretName);
    }

    @Test
    void theResidentFacilitatorAndProjectorScreensMeetWcag21AA() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Toegankelijk");
        String code = live.joinCode().value();

        WebDriver tablet = browsers.open("/join");
        Browsers.waitForVisible(tablet, By.id("join-code-input"));
        BoardPages.assertNoAccessibilityViolations(tablet);
        browsers.go(tablet, "/join/" + code);
        Browsers.waitForVisible(tablet, By.id("join-name"));
        BoardPages.assertNoAccessibilityViolations(tablet);
        BoardPages.completeJoin(tablet, code, "Toegankelijk", false);
        BoardPages.placeNote(tablet, "experience", "Een notitie om te scannen");
        BoardPages.observeNotes(tablet);
        BoardPages.waitForNote(tablet, "Een notitie om te scannen");
        BoardPages.assertNoAccessibilityViolations(tablet);
        AsStaff.run(facilitator, StaffRole.FACILITATOR, () -> consents.startRound(live.id()));
        Browsers.waitForVisible(tablet, By.id("consent-round-done"));
        BoardPages.assertNoAccessibilityViolations(tablet);

        WebDriver board = staffScreen(facilitator, live, "board", false);
        Browsers.waitForVisible(board, By.cssSelector(".note-card"));
        BoardPages.assertNoAccessibilityViolations(board);
        browsers.go(board, "/conversations/" + live.id().value() + "/projector");
        Browsers.waitForVisible(board, By.cssSelector(".note-card"));
        BoardPages.assertNoAccessibilityViolations(board);
    }
}
