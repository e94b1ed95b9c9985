package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.keukentafel.board.ui.BoardScreens.notesIn;
import static nl.keukentafel.support.LiveUpdates.awaitOnScreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.ParticipantPass;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.JoinCode;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import nl.keukentafel.support.MockedClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Kiosk mode on the server side. The browser's part (waiting for the outbox, forgetting the
 * secret and draft) does not run in the mocked browser: its answers are given here as the script
 * gives them, and KioskIT proves the script in Chromium.
 */
class KioskModeTest extends KaribuTest {

    private static final String NAME_STEP = "Hoe wilt u heten aan tafel?";

    @Autowired
    BoardFixture fixture;

    @Autowired
    BoardWatchService boards;

    private String facilitator;
    private Conversation live;
    private JoinCode code;

    @BeforeEach
    void aLiveConversation() {
        MockedClient.useOwnAddress();
        facilitator = fixture.facilitator();
        live = fixture.live(facilitator, "Eén tablet voor iedereen");
        code = live.joinCode();
    }

    /** Switches kiosk mode on from the screen shown, as the person setting up the tablet does. */
    private static String switchOn() {
        _click(_get(Button.class, spec -> spec.withId("kiosk-start")));
        String offCode = _get(Span.class, spec -> spec.withId("kiosk-off-code")).getText();
        _click(_get(Button.class, spec -> spec.withId("kiosk-start-confirm")));
        return offCode;
    }

    private static KioskMode kiosk() {
        return _get(KioskMode.class);
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withId("kiosk-status")).getText();
    }

    private TableView annaAtTheTableWithANote() {
        JoinFlow.join(code, "Anna", false, "een bewoner");
        TableView table = _get(TableView.class);
        assertThat(table.submitNote(
                        UUID.randomUUID().toString(), "experience", "Anna schreef dit", "table-only", "everyone"))
                .isEqualTo("saved");
        awaitOnScreen(() -> assertThat(notesIn("experience")).containsExactly("Anna schreef dit"));
        return table;
    }

    /** Taps the hand-over button, confirms, and answers as the browser does once its outbox is empty. */
    private static void handOver() {
        _click(_get(Button.class, spec -> spec.withId("kiosk-next")));
        kiosk().confirmHandOver(new KioskMode.Leftovers(0, 0, false));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        kiosk().browserAnswered("done", Optional.empty());
    }

    private List<BoardContent.Card> theFacilitatorsBoard() {
        return BoardScreens.asFacilitator(boards, facilitator, live.id()).notes();
    }

    @Test
    void handingOverForgetsThePassAndTheJoinAnswersAndShowsTheFirstJoinStep() {
        JoinFlow.open(code);
        switchOn();
        annaAtTheTableWithANote();
        assertThat(Passes.get(code)).isPresent();
        // Half-way answers of someone in another tab of this session, which must go too.
        JoinDraft.keep(
                VaadinSession.getCurrent(),
                new JoinDraft(JoinDraft.Step.NAME, "", code.value(), "Anna", false, JoinChoice.RESIDENT));

        handOver();

        assertThat(Passes.get(code)).isEmpty();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(JoinView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("join/" + code.value());
        assertThat(_get(H2.class, spec -> spec.withId("join-step-title")).getText())
                .isEqualTo(NAME_STEP);
        assertThat(_get(TextField.class, spec -> spec.withId("join-name")).getValue())
                .isEmpty();
        JoinDraft kept = JoinDraft.take(VaadinSession.getCurrent());
        assertThat(kept).isNotNull();
        assertThat(kept.name()).isNull();
        assertThat(kept.choice()).isNull();
        assertThat(status()).isEqualTo("De tablet is klaar voor de volgende persoon.");
        assertThat(_get(Span.class, spec -> spec.withId("kiosk-indicator")).getText())
                .isEqualTo("Gedeelde tablet");
        // Anna's note stays on the board, as an ordinary participant's note.
        assertThat(theFacilitatorsBoard()).singleElement().satisfies(card -> {
            assertThat(card.text()).isEqualTo("Anna schreef dit");
            assertThat(card.authorName()).isEqualTo("Anna");
        });
    }

    @Test
    void afterAHandOverTheTableNoLongerOpensForThePreviousPerson() {
        JoinFlow.open(code);
        switchOn();
        annaAtTheTableWithANote();

        handOver();
        // "Back" in the browser: the table again, but the session holds no pass for it.
        UI.getCurrent().navigate("table/" + code.value());

        assertThat(_get(Paragraph.class, spec -> spec.withText("Even geduld, we zoeken uw plek aan tafel…")))
                .isNotNull();
        assertThat(_find(NoteCardView.class)).isEmpty();
        _assertNone(Button.class, spec -> spec.withId("kiosk-start"));
    }

    @Test
    void theNextPersonJoinsAsANewParticipantAndDoesNotSeeThePreviousNotesAsTheirOwn() {
        JoinFlow.open(code);
        switchOn();
        annaAtTheTableWithANote();

        handOver();
        JoinFlow.name("Bram", false);
        JoinFlow.role("een bewoner");
        JoinFlow.accept();

        assertThat(Passes.get(code)).isPresent();
        awaitOnScreen(() -> assertThat(notesIn("experience")).containsExactly("Anna schreef dit"));
        NoteCardView card = _get(NoteCardView.class);
        assertThat(card.hasClassName("note-mine")).isFalse();
        assertThat(BoardScreens.author(card)).isNotEqualTo("Ik");
        assertThat(_get(Button.class, spec -> spec.withId("kiosk-next")).getText())
                .isEqualTo("Ik ben klaar, volgende persoon");
        assertThat(BoardScreens.asFacilitator(boards, facilitator, live.id()).participants())
                .hasSize(2);
    }

    @Test
    void aRefusedNoteInTheOutboxStopsTheHandOver() {
        JoinFlow.open(code);
        switchOn();
        annaAtTheTableWithANote();

        kiosk().confirmHandOver(new KioskMode.Leftovers(0, 1, false));

        _assertNone(ConfirmDialog.class);
        assertThat(status())
                .isEqualTo("Een notitie staat niet op het bord. Pas die notitie aan, of haal hem weg."
                        + " Daarna kunt u de tablet doorgeven.");
        assertThat(Passes.get(code)).isPresent();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TableView.class);
    }

    @Test
    void notesOnTheirWayAreAwaitedAndANoteRefusedMeanwhileKeepsThePersonAtTheTable() {
        JoinFlow.open(code);
        switchOn();
        annaAtTheTableWithANote();
        ParticipantPass anna = Passes.get(code).orElseThrow();

        kiosk().confirmHandOver(new KioskMode.Leftovers(2, 0, true));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(dialog))
                .contains("Eerst gaan uw laatste notities naar het bord.")
                .contains("u heeft nog tekst getypt die niet op het bord staat");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(status()).isEqualTo("Uw notities worden nog verstuurd. Wacht even met doorgeven.");
        assertThat(_get(Button.class, spec -> spec.withId("kiosk-next")).isEnabled())
                .isFalse();
        // While waiting the session already let go, so a reload cannot bring the table back from it.
        assertThat(Passes.get(code)).isEmpty();

        kiosk().browserAnswered("refused", Optional.of(anna));

        assertThat(Passes.get(code)).contains(anna);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TableView.class);
        assertThat(_get(Button.class, spec -> spec.withId("kiosk-next")).isEnabled())
                .isTrue();
        assertThat(status()).startsWith("Een notitie staat niet op het bord.");
    }

    @Test
    void theKioskLinkOffersToSwitchOnAndOnlyTheCodeShownThenSwitchesOff() {
        UI.getCurrent().navigate("join/" + code.value(), QueryParameters.simple(Map.of(KioskMode.QUERY, "")));
        Dialog offer = _get(Dialog.class);
        assertThat(offer.getHeaderTitle()).isEqualTo("Gaat deze tablet rond aan tafel?");
        String offCode = _get(Span.class, spec -> spec.withId("kiosk-off-code")).getText();
        assertThat(offCode).matches("\\d{4}");
        _click(_get(Button.class, spec -> spec.withId("kiosk-start-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("kiosk-indicator")).getText())
                .isEqualTo("Gedeelde tablet");

        _click(_get(Button.class, spec -> spec.withId("kiosk-stop")));
        TextField typed = _get(TextField.class, spec -> spec.withId("kiosk-off-code-input"));
        _setValue(typed, offCode.equals("1234") ? "4321" : "1234");
        _click(_get(Button.class, spec -> spec.withId("kiosk-stop-confirm")));
        assertThat(typed.isInvalid()).isTrue();
        assertThat(typed.getErrorMessage())
                .isEqualTo("Deze code klopt niet. Kijk nog eens naar de code die u opschreef.");
        assertThat(SharedTablet.isOn(VaadinSession.getCurrent())).isTrue();

        _setValue(typed, offCode);
        _click(_get(Button.class, spec -> spec.withId("kiosk-stop-confirm")));

        assertThat(SharedTablet.isOn(VaadinSession.getCurrent())).isFalse();
        _assertNone(Span.class, spec -> spec.withId("kiosk-indicator"));
        _assertNone(Button.class, spec -> spec.withId("kiosk-next"));
        assertThat(status()).isEqualTo("De gedeelde tablet staat uit.");
        assertThat(_get(Button.class, spec -> spec.withId("kiosk-start")).getText())
                .isEqualTo("Gedeelde tablet");
    }

    @Test
    void withoutKioskModeTheTabletHasNoHandOverButton() {
        JoinFlow.join(code, "Anna", false, "een bewoner");

        _assertNone(Button.class, spec -> spec.withId("kiosk-next"));
        _assertNone(Span.class, spec -> spec.withId("kiosk-indicator"));
        assertThat(_get(Button.class, spec -> spec.withId("kiosk-start")).getText())
                .isEqualTo("Gedeelde tablet");
    }

    @Test
    void theKioskLinkForTheFacilitatorIsAQrCodeOfTheJoinLinkWithKiosk() {
        KioskLink link = new KioskLink(new JoinLinks.Links("http://192.168.1.20:8080", false, List.of()), code);

        assertThat(link.getSummaryText()).isEqualTo("Eén tablet voor de hele tafel");
        assertThat(_get(link, Span.class, spec -> spec.withId("kiosk-link-address"))
                        .getText())
                .isEqualTo("192.168.1.20:8080/join/" + code.value() + "?kiosk");
        assertThat(_find(link, Image.class))
                .singleElement()
                .satisfies(image -> assertThat(image.getAlt()).contains("QR-code voor een gedeelde tablet"));
    }
}
