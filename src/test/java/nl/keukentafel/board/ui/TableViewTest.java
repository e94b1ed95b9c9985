package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static nl.keukentafel.board.ui.BoardScreens.author;
import static nl.keukentafel.board.ui.BoardScreens.card;
import static nl.keukentafel.board.ui.BoardScreens.everythingSent;
import static nl.keukentafel.board.ui.BoardScreens.notesIn;
import static nl.keukentafel.support.LiveUpdates.awaitOnScreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.NoteService;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import nl.keukentafel.support.MockedClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TableViewTest extends KaribuTest {

    private static final String CLOSED_ERROR = "error:Dit gesprek is gesloten. U kunt niet meer schrijven.";

    @Autowired
    BoardFixture fixture;

    @Autowired
    BoardWatchService boards;

    @Autowired
    ConsentService consents;

    @Autowired
    NoteService notes;

    private String facilitator;
    private Conversation live;

    @BeforeEach
    void aLiveConversation() {
        MockedClient.useOwnAddress();
        facilitator = fixture.facilitator();
        live = fixture.live(facilitator, "Wat de kostendelersnorm met ons doet");
    }

    /** Joins in the mocked browser, which leaves the participant's pass in its session. */
    private TableView joinAtTable() {
        JoinFlow.join(live.joinCode(), "Anna", false, "een bewoner");
        return _get(TableView.class);
    }

    /** Submits as the browser script does, and waits until the note is on the screen. */
    private static NoteId place(TableView table, String category, String text) {
        assertThat(table.submitNote(UUID.randomUUID().toString(), category, text, "table-only", "everyone"))
                .isEqualTo("saved");
        awaitOnScreen(() -> assertThat(notesIn(category)).contains(text));
        NoteCardView card = _find(NoteCardView.class).stream()
                .filter(c -> BoardScreens.text(c).equals(text))
                .findFirst()
                .orElseThrow();
        return new NoteId(Long.parseLong(card.getId().orElseThrow().substring("note-".length())));
    }

    private static Element composer(TableView table) {
        return BoardScreens.elements(table.getElement(), "form").stream()
                .filter(form -> "composer".equals(form.getAttribute("class")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No composer form"));
    }

    private List<String> notesOnTheFacilitatorsBoard() {
        return BoardScreens.asFacilitator(boards, facilitator, live.id()).notes().stream()
                .map(BoardContent.Card::text)
                .toList();
    }

    @Test
    void aParticipantAtTheTableSeesTheBoardAndTheNoteForm() {
        TableView table = joinAtTable();

        assertThat(_get(H1.class).getText()).isEqualTo("Wat de kostendelersnorm met ons doet");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("board-question"))
                        .getText())
                .isEqualTo(live.residentQuestion());
        Element form = composer(table);
        List<Element> categories = BoardScreens.elements(form, "input").stream()
                .filter(input -> "category".equals(input.getAttribute("name")))
                .toList();
        assertThat(categories)
                .allSatisfy(input -> assertThat(input.getAttribute("type")).isEqualTo("radio"));
        assertThat(categories)
                .extracting(input -> input.getAttribute("value"))
                .containsExactlyElementsOf(BoardTemplate.KEUKENTAFEL.categories().stream()
                        .map(Category::key)
                        .toList());
        assertThat(categories.getFirst().hasAttribute("checked")).isTrue();
        assertThat(form.getAttribute("data-max")).isEqualTo("500");
        assertThat(form.hasAttribute("hidden")).isFalse();
        assertThat(BoardScreens.elements(form, "textarea"))
                .singleElement()
                .satisfies(text -> assertThat(text.getAttribute("id")).isEqualTo("note-text"));
        assertThat(notesIn("experience")).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("closed-banner")))
                .isEmpty();
    }

    @Test
    void aSubmittedNoteIsSavedAndAppearsOnTheBoardAsTheParticipantsOwn() {
        TableView table = joinAtTable();

        String answer = table.submitNote(
                UUID.randomUUID().toString(), "experience", "Ik durf geen post te openen", "table-only", "everyone");

        assertThat(answer).isEqualTo("saved");
        awaitOnScreen(() -> assertThat(notesIn("experience")).containsExactly("Ik durf geen post te openen"));
        NoteCardView mine = _get(NoteCardView.class);
        String id = mine.getId().orElseThrow().substring("note-".length());
        assertThat(author(mine)).isEqualTo("Ik");
        assertThat(mine.hasClassName("note-mine")).isTrue();
        assertThat(_get(mine, Button.class, spec -> spec.withId("edit-note-" + id))
                        .getText())
                .isEqualTo("Aanpassen");
        assertThat(_get(mine, Button.class, spec -> spec.withId("withdraw-note-" + id))
                        .getText())
                .isEqualTo("Weghalen");
        assertThat(notesOnTheFacilitatorsBoard()).containsExactly("Ik durf geen post te openen");
    }

    @Test
    void sendingTheSameNoteAgainIsSavedOnce() {
        TableView table = joinAtTable();
        String clientId = UUID.randomUUID().toString();

        assertThat(table.submitNote(clientId, "questions", "Mag mijn zoon bij mij wonen?", "table-only", "everyone"))
                .isEqualTo("saved");
        assertThat(table.submitNote(clientId, "questions", "Mag mijn zoon bij mij wonen?", "table-only", "everyone"))
                .isEqualTo("saved");

        awaitOnScreen(() -> assertThat(notesIn("questions")).containsExactly("Mag mijn zoon bij mij wonen?"));
        assertThat(_find(NoteCardView.class)).hasSize(1);
        assertThat(notesOnTheFacilitatorsBoard()).containsExactly("Mag mijn zoon bij mij wonen?");
    }

    @Test
    void aTooLongNoteIsRefusedWithTheLimit() {
        TableView table = joinAtTable();

        String answer =
                table.submitNote(UUID.randomUUID().toString(), "ideas", "a".repeat(501), "table-only", "everyone");

        assertThat(answer).startsWith("error:").contains("500");
        assertThat(answer)
                .isEqualTo("error:Uw notitie is te lang: 501 tekens. Er passen er 500."
                        + " Maak de notitie korter, of verdeel hem over twee notities.");
        assertThat(notesOnTheFacilitatorsBoard()).isEmpty();
    }

    @Test
    void anEmptyNoteAnUnknownCategoryAndAMalformedIdAreRefused() {
        TableView table = joinAtTable();

        assertThat(table.submitNote(UUID.randomUUID().toString(), "ideas", "   ", "table-only", "everyone"))
                .isEqualTo("error:Schrijf eerst iets.");
        assertThat(table.submitNote(
                        UUID.randomUUID().toString(), "no-such-category", "Tekst", "table-only", "everyone"))
                .isEqualTo("error:Kies waar uw notitie bij hoort.");
        assertThat(table.submitNote("not-a-uuid", "ideas", "Tekst", "table-only", "everyone"))
                .isEqualTo("error:Er ging iets mis. Uw gegevens zijn niet kwijt."
                        + " Probeer het opnieuw of vraag de gespreksleider om hulp.");
        assertThat(notesOnTheFacilitatorsBoard()).isEmpty();
    }

    @Test
    void afterTheFacilitatorClosesNotesAreRefusedAndTheClosedBannerShows() {
        TableView table = joinAtTable();
        NoteId placed = place(table, "experience", "Voor het sluiten geschreven");
        assertThat(_find(Button.class, spec -> spec.withId("edit-note-" + placed.value())))
                .hasSize(1);

        fixture.close(facilitator, live);

        awaitOnScreen(() -> {
            Div banner = _get(Div.class, spec -> spec.withClasses("closed-banner"));
            assertThat(banner.isVisible()).isTrue();
            assertThat(banner.getElement().getTextRecursively())
                    .startsWith("Dit gesprek is gesloten. Dank u wel voor het meedoen!");
        });
        assertThat(composer(table).hasAttribute("hidden")).isTrue();
        assertThat(table.submitNote(UUID.randomUUID().toString(), "experience", "Te laat", "table-only", "everyone"))
                .isEqualTo(CLOSED_ERROR);
        assertThat(notesIn("experience")).containsExactly("Voor het sluiten geschreven");
        assertThat(notesOnTheFacilitatorsBoard()).containsExactly("Voor het sluiten geschreven");
        assertThat(_find(Button.class, spec -> spec.withId("edit-note-" + placed.value())))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("withdraw-note-" + placed.value())))
                .isEmpty();
    }

    @Test
    void withdrawingAnOwnNoteAfterConfirmingRemovesItFromTheBoard() {
        TableView table = joinAtTable();
        NoteId kept = place(table, "ideas", "Deze blijft");
        NoteId withdrawn = place(table, "ideas", "Deze gaat weg");

        _click(_get(Button.class, spec -> spec.withId("withdraw-note-" + withdrawn.value())));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Notitie weghalen?");
        ConfirmDialogKt._fireConfirm(dialog);

        awaitOnScreen(() -> assertThat(card(withdrawn)).isEmpty());
        assertThat(card(kept)).isPresent();
        assertThat(notesIn("ideas")).containsExactly("Deze blijft");
        assertThat(notesOnTheFacilitatorsBoard()).containsExactly("Deze blijft");
    }

    @Test
    void cancellingTheWithdrawDialogKeepsTheNote() {
        TableView table = joinAtTable();
        NoteId note = place(table, "ideas", "Toch houden");

        _click(_get(Button.class, spec -> spec.withId("withdraw-note-" + note.value())));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));

        assertThat(notesOnTheFacilitatorsBoard()).containsExactly("Toch houden");
        assertThat(card(note)).isPresent();
    }

    @Test
    void editingAnOwnNoteChangesItOnTheBoard() {
        TableView table = joinAtTable();
        NoteId note = place(table, "policy-effect", "Mijn uitkering ging omlaag");

        _click(_get(Button.class, spec -> spec.withId("edit-note-" + note.value())));
        TextArea text = _get(TextArea.class, spec -> spec.withId("edit-note-text"));
        assertThat(text.getValue()).isEqualTo("Mijn uitkering ging omlaag");
        _setValue(text, "Mijn uitkering ging omlaag toen mijn moeder bij mij kwam wonen");
        _click(_get(Button.class, spec -> spec.withId("save-note")));

        _find(Dialog.class).forEach(dialog -> assertThat(dialog.isOpened()).isFalse());
        awaitOnScreen(() -> assertThat(notesIn("policy-effect"))
                .containsExactly("Mijn uitkering ging omlaag toen mijn moeder bij mij kwam wonen"));
        assertThat(BoardScreens.part(card(note).orElseThrow(), NoteCardView.TIME))
                .hasValueSatisfying(time -> assertThat(time).endsWith(" · aangepast"));
    }

    @Test
    void anEmptyEditShowsItsErrorInTheDialogAndKeepsTheNote() {
        TableView table = joinAtTable();
        NoteId note = place(table, "questions", "Waar kan ik heen?");

        _click(_get(Button.class, spec -> spec.withId("edit-note-" + note.value())));
        TextArea text = _get(TextArea.class, spec -> spec.withId("edit-note-text"));
        _setValue(text, "  ");
        _click(_get(Button.class, spec -> spec.withId("save-note")));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Schrijf eerst iets.");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(notesOnTheFacilitatorsBoard()).containsExactly("Waar kan ik heen?");
    }

    @Test
    void notesOfOthersCannotBeChangedAndAnAnonymousAuthorStaysAnonymous() {
        joinAtTable();
        Joined henk = fixture.join(live, "Henk Heimelijk", true, TableRole.RESIDENT);
        NoteId theirs = fixture.note(henk, "experience", "Ik schaam me ervoor");

        awaitOnScreen(() -> assertThat(card(theirs)).isPresent());
        NoteCardView card = card(theirs).orElseThrow();
        assertThat(author(card)).isEqualTo("Anoniem");
        assertThat(card.hasClassName("note-mine")).isFalse();
        assertThat(_find(card, Button.class)).isEmpty();
        assertThat(everythingSent()).contains("Ik schaam me ervoor").doesNotContain("Henk");
    }

    @Test
    void withoutAPassAndWithoutStoredSecretTheTableShowsItIsRestoringTheSeat() {
        navigate("table/" + live.joinCode().value());

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .containsExactly("Even geduld, we zoeken uw plek aan tafel…");
        assertThat(BoardScreens.elements(UI.getCurrent().getElement(), "form")).isEmpty();
        assertThat(_get(TableView.class)
                        .submitNote(UUID.randomUUID().toString(), "experience", "Zonder pas", "table-only", "everyone"))
                .isEqualTo("error:U doet nog niet mee. Typ eerst de code.");
        assertThat(notesOnTheFacilitatorsBoard()).isEmpty();
    }

    @Test
    void aPassForOneTableDoesNotOpenAnotherTable() {
        joinAtTable();
        Conversation other = fixture.live(fixture.facilitator(), "Een andere tafel");

        navigate("table/" + other.joinCode().value());

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .containsExactly("Even geduld, we zoeken uw plek aan tafel…");
        assertThat(_find(H1.class)).isEmpty();
    }

    @Test
    void aTableAddressWithoutAValidCodeForwardsToJoining() {
        navigate("table/not-a-code");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(JoinView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("join-code-input")).getValue())
                .isEmpty();
    }

    @Test
    void theNoteFormAsksWhatMayHappenWithTheNoteTableOnlyFirst() {
        TableView table = joinAtTable();

        List<Element> consent = BoardScreens.elements(composer(table), "input").stream()
                .filter(input -> "consent".equals(input.getAttribute("name")))
                .toList();
        assertThat(consent)
                .extracting(input -> input.getAttribute("value"))
                .containsExactly("table-only", "report", "case-bundle");
        assertThat(consent.getFirst().hasAttribute("checked")).isTrue();
        assertThat(everythingSent())
                .contains(
                        "Alleen voor deze tafel",
                        "Mag in het verslag, zonder naam",
                        "Mag ook in de lesbundel voor het onderwijs, zonder naam",
                        "Alleen voor de gespreksleider",
                        "Wat gebeurt er met mijn gegevens?");
    }

    @Test
    void aNoteOnlyForTheFacilitatorCarriesItsChoicesOnTheAuthorsCardAndReachesNoOtherTablet() {
        TableView table = joinAtTable();
        Joined bert = fixture.join(live, "Bert", false, TableRole.RESIDENT);

        assertThat(table.submitNote(
                        UUID.randomUUID().toString(), "experience", "Alleen voor u", "report", "facilitator-only"))
                .isEqualTo("saved");

        awaitOnScreen(() -> assertThat(notesIn("experience")).contains("Alleen voor u"));
        NoteCardView card = _find(NoteCardView.class).getFirst();
        assertThat(BoardScreens.part(card, NoteCardView.CONSENT)).contains("Mag in het verslag, zonder naam");
        assertThat(BoardScreens.part(card, NoteCardView.BADGE)).contains("Alleen voor de gespreksleider");
        assertThat(notesOnTheFacilitatorsBoard()).containsExactly("Alleen voor u");
        List<BoardContent> onBertsTablet = new CopyOnWriteArrayList<>();
        Registration watch = boards.watchAsParticipant(bert.pass(), onBertsTablet::add);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !onBertsTablet.isEmpty());
            assertThat(onBertsTablet.getLast().notes()).isEmpty();
            assertThat(onBertsTablet.getLast().toString()).doesNotContain("Alleen voor u");
        } finally {
            watch.remove();
        }
    }

    @Test
    void aForgedConsentOrAudienceIsRefusedClearlyAndNothingIsStored() {
        TableView table = joinAtTable();

        assertThat(table.submitNote(UUID.randomUUID().toString(), "experience", "Vervalst", "everything", "everyone"))
                .isEqualTo(
                        "error:Deze keuze kennen we niet. Uw notitie is niet geplaatst. Kies opnieuw en probeer het nog eens.");
        assertThat(table.submitNote(UUID.randomUUID().toString(), "experience", "Vervalst", "report", "projector"))
                .startsWith("error:Deze keuze kennen we niet.");
        assertThat(notesOnTheFacilitatorsBoard()).isEmpty();
    }

    @Test
    void theAuthorChangesTheChoiceFromTheirOwnCard() {
        TableView table = joinAtTable();
        NoteId note = place(table, "experience", "Eerst alleen hier");

        _click(_get(Button.class, spec -> spec.withId("consent-note-" + note.value())));
        ConsentChoice choice = _get(ConsentChoice.class, spec -> spec.withId("consent-choice"));
        assertThat(choice.getValue()).isEqualTo(ConsentTier.TABLE_ONLY);
        _setValue(choice, ConsentTier.CASE_BUNDLE);

        awaitOnScreen(() -> assertThat(BoardScreens.part(card(note).orElseThrow(), NoteCardView.CONSENT))
                .contains("Mag ook in de lesbundel voor het onderwijs, zonder naam"));
    }

    @Test
    void inTheConsentRoundTheTabletShowsOwnNotesWithOneTapChoicesAndASummary() {
        TableView table = joinAtTable();
        NoteId first = place(table, "experience", "Eerste");
        place(table, "ideas", "Tweede");
        fixture.note(fixture.join(live, "Bert", false, TableRole.RESIDENT), "experience", "Van Bert");

        asFacilitator(() -> consents.startRound(live.id()));

        awaitOnScreen(
                () -> assertThat(_get(ConsentRoundPanel.class).isVisible()).isTrue());
        assertThat(_find(ConsentChoice.class)).hasSize(2);
        assertThat(_get(Paragraph.class, spec -> spec.withId("consent-summary")).getText())
                .isEqualTo("0 van uw 2 notities mogen in het verslag.");
        _setValue(_get(ConsentChoice.class, spec -> spec.withId("round-consent-" + first.value())), ConsentTier.REPORT);
        awaitOnScreen(() -> assertThat(_get(Paragraph.class, spec -> spec.withId("consent-summary"))
                        .getText())
                .isEqualTo("1 van uw 2 notities mogen in het verslag."));
        _click(_get(Button.class, spec -> spec.withId("consent-round-done")));
        awaitOnScreen(
                () -> assertThat(_get(ConsentRoundPanel.class).getElement().getTextRecursively())
                        .contains("Dank u wel."));
    }

    @Test
    void atCloseTheTabletShowsTheWayToOwnNotesLater() {
        joinAtTable();
        fixture.close(facilitator, live);

        awaitOnScreen(() -> assertThat(_get(Anchor.class, spec -> spec.withId("own-notes-closing-link"))
                        .getHref())
                .isEqualTo("my-notes"));
        // The QR code carries this browser's secret: shown only when the participant asks.
        assertThat(_find(Image.class, spec -> spec.withClasses("qr-code"))).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("show-own-notes-code"))
                        .getText())
                .isEqualTo("Toon mijn persoonlijke code");
    }

    @Test
    void aNoteTheFacilitatorHidesStaysOnItsAuthorsTabletMarkedAndLeavesEveryOtherTablet() {
        TableView table = joinAtTable();
        Joined bert = fixture.join(live, "Bert", false, TableRole.RESIDENT);
        NoteId mine = place(table, "experience", "Mijn verhaal over de huur");

        asFacilitator(() -> notes.moderateNote(live.id(), mine));

        awaitOnScreen(() -> assertThat(card(mine).flatMap(card -> BoardScreens.part(card, NoteCardView.BADGE)))
                .hasValue("De gespreksleider heeft deze notitie verborgen voor de anderen."));
        NoteCardView card = card(mine).orElseThrow();
        assertThat(BoardScreens.text(card)).isEqualTo("Mijn verhaal over de huur");
        assertThat(card.hasClassName("note-moderated")).isTrue();
        assertThat(_find(card, Button.class).stream().map(Button::getText))
                .as("set aside: the author may still take it away or change the consent, not edit it")
                .containsExactly("Weghalen", "Toestemming");
        List<BoardContent> onBertsTablet = new CopyOnWriteArrayList<>();
        Registration watch = boards.watchAsParticipant(bert.pass(), onBertsTablet::add);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !onBertsTablet.isEmpty());
            assertThat(onBertsTablet.getLast().toString()).doesNotContain("Mijn verhaal over de huur");
        } finally {
            watch.remove();
        }
    }

    @Test
    void anAnonymousParticipantIsRemindedThatOthersSeeAnoniemAndANamedOneIsNot() {
        joinAtTable();
        awaitOnScreen(() -> assertThat(notesIn("experience")).isEmpty());
        assertThat(_find(Paragraph.class, spec -> spec.withId("anonymous-reminder")))
                .as("not shown to a participant who gave a name")
                .isEmpty();

        UI.getCurrent().navigate("privacy");
        JoinFlow.join(live.joinCode(), "Sanne", true, "een bewoner");

        awaitOnScreen(() -> assertThat(_get(Paragraph.class, spec -> spec.withId("anonymous-reminder"))
                        .isVisible())
                .isTrue());
        assertThat(_get(Paragraph.class, spec -> spec.withId("anonymous-reminder"))
                        .getText())
                .isEqualTo("U doet anoniem mee. De anderen zien bij uw notities alleen \"Anoniem\".");
    }

    @Test
    void theTabletOffersReadAloudForEveryCategoryAndTheTextSizes() {
        joinAtTable();

        List<ReadAloudButton> reads = BoardScreens.elements(
                        _get(TableView.class).getElement(), "button")
                .stream()
                .filter(button -> "read-aloud".equals(button.getAttribute("class")))
                .map(button -> new ReadAloudButton(button.getAttribute("aria-label"), button.getAttribute("data-read")))
                .toList();
        assertThat(reads)
                .contains(new ReadAloudButton(
                        "Lees voor: Wat regels met mij doen",
                        "Wat regels met mij doen. Hoe regels van de gemeente of andere organisaties uw leven raken."));
        assertThat(UI.getCurrent().getElement().getAttribute("data-note-read")).isEqualTo("Lees voor");
        assertThat(BoardScreens.elements(_get(TableView.class).getElement(), "button").stream()
                        .map(button -> button.getAttribute("data-text-size"))
                        .filter(size -> size != null))
                .containsExactly("m", "l", "xl");
    }

    private record ReadAloudButton(String label, String text) {}

    private void asFacilitator(Runnable work) {
        AsStaff.run(facilitator, StaffRole.FACILITATOR, work);
    }
}
