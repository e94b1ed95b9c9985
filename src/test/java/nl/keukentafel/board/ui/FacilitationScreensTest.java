package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.keukentafel.board.ui.BoardScreens.everythingSent;
import static nl.keukentafel.support.LiveUpdates.awaitOnScreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.board.AgreementDraft;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.board.VoteTarget;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.Phase;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import nl.keukentafel.support.MockedClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the facilitator's tools show on a resident's tablet and on the projector (issue 16). */
class FacilitationScreensTest extends KaribuTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    FacilitationService facilitation;

    @Autowired
    BoardWatchService boards;

    private String facilitator;
    private Conversation live;

    @BeforeEach
    void aLiveConversation() {
        MockedClient.useOwnAddress();
        facilitator = fixture.facilitator();
        live = fixture.live(facilitator, "Huur en toeslagen");
    }

    private void asFacilitator(Runnable work) {
        AsStaff.run(facilitator, StaffRole.FACILITATOR, work);
    }

    private TableView joinAs(String name, String role) {
        JoinFlow.join(live.joinCode(), name, false, role);
        return _get(TableView.class);
    }

    private void openProjector() {
        login(facilitator, StaffRole.FACILITATOR);
        navigate("conversations/" + live.id().value() + "/projector");
    }

    private static Element composer(TableView table) {
        return BoardScreens.elements(table.getElement(), "form").getFirst();
    }

    private static Element categoryInput(TableView table, String key) {
        return BoardScreens.elements(table.getElement(), "input").stream()
                .filter(input -> ("choose-" + key).equals(input.getAttribute("id")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theTabletShowsThePhaseAndWhatToDoAndClosesCategoriesThePhaseDoesNotTake() {
        TableView table = joinAs("Anna", "een bewoner");
        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.STORIES));

        awaitOnScreen(() -> assertThat(
                        _get(Span.class, spec -> spec.withId("stage-phase")).getText())
                .isEqualTo("Nu: Verhalen (stap 2 van 6)"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("stage-phase-hint"))
                        .getText())
                .isEqualTo("Bewoners vertellen hun verhaal. Schrijf op wat u meemaakt.");
        assertThat(categoryInput(table, "experience").hasAttribute("disabled")).isFalse();
        assertThat(categoryInput(table, "questions").hasAttribute("disabled")).isTrue();
        assertThat(composer(table).getAttribute("data-writes")).isEqualTo("true");
        // A resident writes in the residents' phase and is not told to wait.
        assertThat(_find(Paragraph.class, spec -> spec.withId("stage-residents-first")))
                .isEmpty();
        assertThat(table.submitNote(UUID.randomUUID().toString(), "questions", "Te vroeg", "table-only", "everyone"))
                .startsWith("error:In deze stap");
    }

    @Test
    void aProfessionalReadsAlongUntilTheFacilitatorOpensUp() {
        TableView table = joinAs("Kees", "hulpverlener, bijvoorbeeld in het wijkteam");
        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.STORIES));

        awaitOnScreen(() -> assertThat(_get(Paragraph.class, spec -> spec.withId("stage-residents-first"))
                        .getText())
                .startsWith("Eerst zijn de bewoners aan het woord"));
        assertThat(composer(table).getAttribute("data-writes")).isEqualTo("false");
        assertThat(table.submitNote(UUID.randomUUID().toString(), "experience", "Nog niet", "table-only", "everyone"))
                .isEqualTo("error:Eerst zijn de bewoners aan het woord. U kunt straks schrijven.");

        asFacilitator(() -> facilitation.openToEveryone(live.id(), true));
        awaitOnScreen(
                () -> assertThat(composer(table).getAttribute("data-writes")).isEqualTo("true"));
        assertThat(table.submitNote(UUID.randomUUID().toString(), "experience", "Nu wel", "table-only", "everyone"))
                .isEqualTo("saved");
    }

    @Test
    void duringAPauseANoteWaitsAndTheTabletSaysSo() {
        TableView table = joinAs("Anna", "een bewoner");
        asFacilitator(() -> facilitation.lock(live.id(), true));

        awaitOnScreen(() -> assertThat(_get(Paragraph.class, spec -> spec.withId("stage-pause"))
                        .isVisible())
                .isTrue());
        assertThat(table.submitNote(UUID.randomUUID().toString(), "experience", "Wacht even", "table-only", "everyone"))
                .startsWith("wait:");
    }

    private static String dotButtons(NoteId note) {
        return BoardScreens.card(note)
                .flatMap(card -> BoardScreens.part(card, NoteCardView.VOTE))
                .orElse("");
    }

    @Test
    void inTheChoosingPhaseATabletGivesAndTakesBackDots() {
        Joined bert = fixture.join(live, "Bert", false, TableRole.RESIDENT);
        NoteId note = fixture.note(bert, "experience", "De huur stijgt elk jaar");
        TableView table = joinAs("Anna", "een bewoner");
        assertThat(dotButtons(note)).isEmpty();
        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.CHOOSE));

        awaitOnScreen(() -> assertThat(dotButtons(note)).isEqualTo("add"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("stage-dots")).getText())
                .isEqualTo("U heeft nog 3 van uw 3 stippen.");
        table.vote(Long.toString(note.value()), true);
        awaitOnScreen(() -> assertThat(
                        _get(Paragraph.class, spec -> spec.withId("stage-dots")).getText())
                .isEqualTo("U heeft nog 2 van uw 3 stippen."));
        assertThat(BoardScreens.card(note).flatMap(card -> BoardScreens.part(card, NoteCardView.VOTES)))
                .contains("Uw stippen: 1");
        awaitOnScreen(() -> assertThat(dotButtons(note)).isEqualTo("add remove"));
        assertThat(BoardScreens.asFacilitator(boards, facilitator, live.id())
                        .notes()
                        .getFirst()
                        .extras()
                        .votes())
                .isEqualTo(1);

        table.vote(Long.toString(note.value()), false);
        awaitOnScreen(() -> assertThat(
                        _get(Paragraph.class, spec -> spec.withId("stage-dots")).getText())
                .isEqualTo("U heeft nog 3 van uw 3 stippen."));
        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.AGREE));
        awaitOnScreen(() -> assertThat(dotButtons(note)).isEmpty());
    }

    @Test
    void aDotCostsEachScreenOneAttributeNotNewComponents() {
        Joined bert = fixture.join(live, "Bert", false, TableRole.RESIDENT);
        NoteId note = fixture.note(bert, "experience", "Te weinig betaalbare woningen");
        joinAs("Anna", "een bewoner");
        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.CHOOSE));
        asFacilitator(() -> facilitation.revealVotes(live.id(), true));
        awaitOnScreen(() -> assertThat(dotButtons(note)).isEqualTo("add"));
        NoteCardView card = BoardScreens.card(note).orElseThrow();
        int children = card.getElement().getChildCount();

        facilitation.vote(bert.pass(), UUID.randomUUID(), VoteTarget.note(note));

        awaitOnScreen(
                () -> assertThat(BoardScreens.part(card, NoteCardView.VOTES)).contains("1 stippen"));
        assertThat(BoardScreens.card(note)).containsSame(card);
        assertThat(card.getElement().getChildCount()).isEqualTo(children);
    }

    @Test
    void theProjectorCountsSilentNotesWithoutTheirWordsAndShowsTheSpotlightTimerAndAgreements() {
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId loud = fixture.note(anna, "questions", "Wie helpt mij met de aanvraag?");
        asFacilitator(() -> facilitation.setSilent(live.id(), Set.of(new Category("experience"))));
        fixture.note(anna, "experience", "Mijn stille verhaal");
        openProjector();

        assertThat(_get(Paragraph.class, spec -> spec.withId("stage-silent")).getText())
                .contains("1 notities wachten");
        assertThat(everythingSent()).doesNotContain("Mijn stille verhaal");

        asFacilitator(() -> facilitation.spotlight(live.id(), loud));
        asFacilitator(() -> facilitation.startTimer(live.id(), Duration.ofMinutes(5)));
        asFacilitator(() -> facilitation.addAgreement(
                live.id(),
                UUID.randomUUID(),
                new AgreementDraft(
                        "Wijkteam belt terug", TableRole.PROFESSIONAL, null, null, LocalDate.of(2027, 1, 8), loud)));
        awaitOnScreen(() -> assertThat(_find(NoteCardView.class, spec -> spec.withId("spotlight-note")))
                .singleElement()
                .satisfies(card -> assertThat(BoardScreens.text(card)).isEqualTo("Wie helpt mij met de aanvraag?")));
        awaitOnScreen(() -> assertThat(everythingSent()).contains("Wijkteam belt terug"));
        Element timer = BoardScreens.elements(_get(StagePanel.class).getElement(), "kt-timer")
                .getFirst();
        assertThat(Long.parseLong(timer.getAttribute("data-ends")) - Long.parseLong(timer.getAttribute("data-now")))
                .isBetween(299_000L, 300_500L);
        assertThat(everythingSent()).doesNotContain("Mijn stille verhaal");

        asFacilitator(() -> facilitation.reveal(live.id(), null));
        awaitOnScreen(() -> assertThat(everythingSent()).contains("Mijn stille verhaal"));
        BoardContent forFacilitator = BoardScreens.asFacilitator(boards, facilitator, live.id());
        assertThat(forFacilitator.facilitation().silentTotal()).isZero();
    }
}
