package nl.keukentafel.board;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.base.TryAgainLaterException;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.Phase;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Every facilitation action as a board change, per role (issue 16). */
@SpringBootTest
class FacilitationServiceTest {

    private static final Category EXPERIENCE = new Category("experience");
    private static final Category QUESTIONS = new Category("questions");

    @Autowired
    FacilitationService facilitation;

    @Autowired
    NoteService notes;

    @Autowired
    BoardFixture fixture;

    @Autowired
    BoardReader reader;

    private String facilitator;
    private Conversation live;

    private void start(String title) {
        facilitator = fixture.facilitator();
        live = fixture.live(facilitator, title);
    }

    private void asFacilitator(Runnable work) {
        AsStaff.run(facilitator, StaffRole.FACILITATOR, work);
    }

    private BoardContent board(Visibility visibility) {
        return reader.load(live.id()).contentFor(visibility);
    }

    private static BoardContent.Facilitation stage(BoardContent content) {
        return content.facilitation();
    }

    @Test
    void inTheStoriesPhaseOnlyResidentsWriteUntilTheFacilitatorOpensUp() {
        start("Verhalen");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined ben = fixture.join(live, "Ben", false, TableRole.ON_BEHALF_OF_RESIDENT);
        Joined piet = fixture.join(live, "Piet", false, TableRole.POLICY_MAKER);

        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.STORIES));

        fixture.note(anna, "experience", "Mijn verhaal");
        fixture.note(ben, "experience", "Namens mijn buurvrouw");
        assertRefused(() -> fixture.note(piet, "experience", "Beleid"), "table.error.residents-first");
        assertRefused(() -> fixture.note(anna, "questions", "Een vraag"), "note.error.phase-closed");
        BoardContent forPiet = board(new Visibility.Participant(piet.pass().participantId()));
        assertThat(stage(forPiet).phase()).isEqualTo(Phase.STORIES);
        assertThat(stage(forPiet).residentsFirst()).isTrue();
        assertThat(stage(forPiet).accepts(EXPERIENCE, TableRole.POLICY_MAKER)).isFalse();
        assertThat(stage(forPiet).accepts(EXPERIENCE, TableRole.RESIDENT)).isTrue();

        asFacilitator(() -> facilitation.openToEveryone(live.id(), true));
        fixture.note(piet, "experience", "Nu mag ik ook");
        assertThat(board(new Visibility.Projector()).notes()).hasSize(3);
        assertThat(stage(board(new Visibility.Projector())).residentsFirst()).isFalse();
    }

    @Test
    void welcomeTakesNoNotesAndABoardWithoutPhasesTakesThemEverywhere() {
        start("Welkom");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        fixture.note(anna, "agreements", "Zonder fases overal");

        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.WELCOME));
        assertRefused(() -> fixture.note(anna, "experience", "Te vroeg"), "note.error.phase-closed");

        asFacilitator(() -> facilitation.setPhase(live.id(), null));
        fixture.note(anna, "questions", "Weer overal");
        assertThat(stage(board(new Visibility.Projector())).phase()).isNull();
    }

    @Test
    void onlyTheFacilitatorWhoRunsTheBoardShapesIt() {
        start("Wie mag");
        String other = fixture.facilitator();
        assertThatThrownBy(() -> facilitation.setPhase(live.id(), Phase.STORIES))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertRefused(
                () -> AsStaff.run(other, StaffRole.FACILITATOR, () -> facilitation.setPhase(live.id(), Phase.STORIES)),
                "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.run(other, StaffRole.FACILITATOR, () -> facilitation.reveal(live.id(), null)),
                "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.run(other, StaffRole.FACILITATOR, () -> facilitation.spotlight(live.id(), null)),
                "conversation.error.not-found");
        assertThat(stage(board(new Visibility.Projector())).phase()).isNull();
    }

    @Test
    void aCoFacilitatorRunsTheConversationToo() {
        start("Samen leiden");
        String colleague = fixture.facilitator();
        fixture.coFacilitators(facilitator, live, colleague);

        AsStaff.run(colleague, StaffRole.FACILITATOR, () -> facilitation.setPhase(live.id(), Phase.DISCUSS));
        AsStaff.run(colleague, StaffRole.FACILITATOR, () -> facilitation.lock(live.id(), true));

        BoardContent.Facilitation now = stage(board(new Visibility.Projector()));
        assertThat(now.phase()).isEqualTo(Phase.DISCUSS);
        assertThat(now.locked()).isTrue();
        fixture.coFacilitators(facilitator, live);
        assertRefused(
                () -> AsStaff.run(colleague, StaffRole.FACILITATOR, () -> facilitation.lock(live.id(), false)),
                "conversation.error.not-found");
    }

    @Test
    void aNoteWrittenInSilenceReachesOnlyItsAuthorAndTheFacilitatorUntilRevealed() {
        start("Stil schrijven");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined kees = fixture.join(live, "Kees", false, TableRole.PROFESSIONAL);
        asFacilitator(() -> facilitation.setSilent(live.id(), Set.of(EXPERIENCE)));

        NoteId silent = fixture.note(anna, "experience", "Stil geschreven");
        NoteId loud = fixture.note(anna, "questions", "Gewoon zichtbaar");

        BoardContent forKees = board(new Visibility.Participant(kees.pass().participantId()));
        assertThat(forKees.notes()).extracting(BoardContent.Card::id).containsExactly(loud);
        assertThat(stage(forKees).silentCounts()).containsEntry(EXPERIENCE, 1);
        BoardContent projector = board(new Visibility.Projector());
        assertThat(projector.notes()).extracting(BoardContent.Card::text).doesNotContain("Stil geschreven");
        assertThat(stage(projector).silentTotal()).isEqualTo(1);
        BoardContent forAnna = board(new Visibility.Participant(anna.pass().participantId()));
        assertThat(forAnna.notes()).extracting(BoardContent.Card::id).contains(silent);
        assertThat(forAnna.notes().stream()
                        .filter(c -> c.id().equals(silent))
                        .findFirst()
                        .orElseThrow()
                        .unrevealed())
                .isTrue();
        assertThat(board(new Visibility.Facilitator()).notes())
                .extracting(BoardContent.Card::id)
                .contains(silent);

        int revealed = AsStaff.call(facilitator, StaffRole.FACILITATOR, () -> facilitation.reveal(live.id(), null));
        assertThat(revealed).isEqualTo(1);
        assertThat(board(new Visibility.Participant(kees.pass().participantId()))
                        .notes())
                .extracting(BoardContent.Card::id)
                .contains(silent);
        assertThat(stage(board(new Visibility.Projector())).silentTotal()).isZero();

        asFacilitator(() -> facilitation.undo(live.id()));
        assertThat(board(new Visibility.Projector()).notes())
                .extracting(BoardContent.Card::id)
                .doesNotContain(silent);
    }

    @Test
    void revealingOneByOneShowsOnlyThatNote() {
        start("Een voor een");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        asFacilitator(() -> facilitation.setSilent(live.id(), Set.of(EXPERIENCE)));
        NoteId first = fixture.note(anna, "experience", "Eerste");
        NoteId second = fixture.note(anna, "experience", "Tweede");

        asFacilitator(() -> facilitation.revealNote(live.id(), second));

        assertThat(board(new Visibility.Projector()).notes())
                .extracting(BoardContent.Card::id)
                .containsExactly(second)
                .doesNotContain(first);
    }

    @Test
    void aPauseHoldsNotesBackWithoutLosingThemAndUndoEndsIt() {
        start("Pauze");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId placed = fixture.note(anna, "experience", "Voor de pauze");
        asFacilitator(() -> facilitation.lock(live.id(), true));

        assertThatThrownBy(() -> fixture.note(anna, "experience", "Tijdens de pauze"))
                .isInstanceOf(TryAgainLaterException.class);
        assertRefused(() -> notes.editNote(anna.pass(), placed, new NoteText("Anders")), "table.error.locked");
        assertThat(stage(board(new Visibility.Participant(anna.pass().participantId())))
                        .locked())
                .isTrue();

        asFacilitator(() -> facilitation.undo(live.id()));
        fixture.note(anna, "experience", "Na de pauze");
        assertThat(board(new Visibility.Projector()).notes()).hasSize(2);
    }

    @Test
    void theSpotlightShowsOneNoteOnEveryScreenUntilReleased() {
        start("Spotlight");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined kees = fixture.join(live, "Kees", false, TableRole.PROFESSIONAL);
        NoteId note = fixture.note(anna, "experience", "Kijk hiernaar");
        NoteId onlyForFacilitator = fixture.note(
                anna, "experience", "Alleen voor jou", ConsentTier.TABLE_ONLY, NoteAudience.FACILITATOR_ONLY);

        assertRefused(
                () -> asFacilitator(() -> facilitation.spotlight(live.id(), onlyForFacilitator)),
                "facilitation.error.not-on-board");
        asFacilitator(() -> facilitation.spotlight(live.id(), note));
        assertThat(stage(board(new Visibility.Participant(kees.pass().participantId())))
                        .spotlight()
                        .text())
                .isEqualTo("Kijk hiernaar");

        asFacilitator(() -> facilitation.spotlight(live.id(), null));
        assertThat(stage(board(new Visibility.Projector())).spotlight()).isNull();
    }

    @Test
    void theTimerEndsAtOneMomentForEveryScreen() {
        start("Timer");
        asFacilitator(() -> facilitation.startTimer(live.id(), Duration.ofMinutes(5)));
        BoardContent.Timer timer = stage(board(new Visibility.Projector())).timer();
        assertThat(timer).isNotNull();
        assertThat(Duration.between(timer.startedAt(), timer.endsAt())).isEqualTo(Duration.ofMinutes(5));
        assertRefused(
                () -> asFacilitator(() -> facilitation.startTimer(live.id(), Duration.ofMinutes(61))),
                "facilitation.error.timer");

        asFacilitator(() -> facilitation.stopTimer(live.id()));
        assertThat(stage(board(new Visibility.Projector())).timer()).isNull();
    }

    @Test
    void groupsAndMergesShowOnEveryScreenAndUndoOneByOne() {
        start("Groeperen");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined bert = fixture.join(live, "Bert", true, TableRole.RESIDENT);
        NoteId a = fixture.note(anna, "experience", "De huur is te hoog");
        NoteId b = fixture.note(bert, "experience", "Huur te hoog");
        NoteId q = fixture.note(anna, "questions", "Wie helpt?");

        long group = AsStaff.call(
                facilitator, StaffRole.FACILITATOR, () -> facilitation.createGroup(live.id(), EXPERIENCE, "Geld"));
        asFacilitator(() -> facilitation.moveToGroup(live.id(), a, group));
        assertRefused(
                () -> asFacilitator(() -> facilitation.moveToGroup(live.id(), q, group)),
                "facilitation.error.group-column");
        asFacilitator(() -> facilitation.merge(live.id(), b, a));

        BoardContent forBert = board(new Visibility.Participant(bert.pass().participantId()));
        assertThat(forBert.notes()).extracting(BoardContent.Card::id).containsExactly(a, q);
        BoardContent.Card merged = forBert.notes().getFirst();
        assertThat(merged.extras().group()).isEqualTo(group);
        assertThat(merged.extras().merged()).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Huur te hoog");
            assertThat(m.mine()).isTrue();
        });
        assertThat(stage(forBert).groups()).extracting(BoardContent.Group::name).containsExactly("Geld");
        // Bert chose to stay anonymous: his name is on no other screen, merged or not.
        BoardContent forAnna = board(new Visibility.Participant(anna.pass().participantId()));
        assertThat(forAnna.notes().getFirst().extras().merged().getFirst().authorName())
                .isNull();

        asFacilitator(() -> facilitation.undo(live.id()));
        assertThat(board(new Visibility.Projector()).notes())
                .extracting(BoardContent.Card::id)
                .containsExactly(a, b, q);
        asFacilitator(() -> facilitation.undo(live.id()));
        assertThat(board(new Visibility.Projector()).notes().getFirst().extras().group())
                .isNull();
        asFacilitator(() -> facilitation.undo(live.id()));
        assertThat(stage(board(new Visibility.Projector())).groups()).isEmpty();
    }

    @Test
    void dotsAreSpentInTheChoosingPhaseOnlyUpToTheLimitAndCountedAnonymously() {
        start("Stippen");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined kees = fixture.join(live, "Kees", false, TableRole.PROFESSIONAL);
        NoteId note = fixture.note(anna, "experience", "Belangrijk");
        VoteTarget target = VoteTarget.note(note);

        assertRefused(() -> facilitation.vote(kees.pass(), UUID.randomUUID(), target), "vote.error.not-now");
        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.CHOOSE));
        asFacilitator(() -> facilitation.setDots(live.id(), 2));

        UUID first = UUID.randomUUID();
        facilitation.vote(kees.pass(), first, target);
        facilitation.vote(kees.pass(), first, target);
        facilitation.vote(kees.pass(), UUID.randomUUID(), target);
        assertRefused(() -> facilitation.vote(kees.pass(), UUID.randomUUID(), target), "vote.error.no-dots-left");
        facilitation.vote(anna.pass(), UUID.randomUUID(), target);

        BoardContent forAnna = board(new Visibility.Participant(anna.pass().participantId()));
        assertThat(forAnna.notes().getFirst().extras().votes()).isEqualTo(-1);
        assertThat(forAnna.notes().getFirst().extras().myVotes()).isEqualTo(1);
        assertThat(stage(forAnna).voting().left()).isEqualTo(1);
        assertThat(stage(forAnna).voting().cast()).isEqualTo(3);
        assertThat(board(new Visibility.Facilitator())
                        .notes()
                        .getFirst()
                        .extras()
                        .votes())
                .isEqualTo(3);
        assertThat(board(new Visibility.Projector()).notes().getFirst().extras().votes())
                .isEqualTo(-1);

        asFacilitator(() -> facilitation.revealVotes(live.id(), true));
        assertThat(board(new Visibility.Projector()).notes().getFirst().extras().votes())
                .isEqualTo(3);

        facilitation.unvote(kees.pass(), target);
        assertThat(board(new Visibility.Projector()).notes().getFirst().extras().votes())
                .isEqualTo(2);
    }

    @Test
    void aParticipantCannotVoteOnAnotherConversationsNote() {
        start("Eigen tafel");
        Conversation other = fixture.live(facilitator, "Andere tafel");
        Joined elsewhere = fixture.join(other, "Eva", false, TableRole.RESIDENT);
        NoteId foreign = fixture.note(elsewhere, "experience", "Andere tafel");
        Joined kees = fixture.join(live, "Kees", false, TableRole.PROFESSIONAL);
        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.CHOOSE));

        assertRefused(
                () -> facilitation.vote(kees.pass(), UUID.randomUUID(), VoteTarget.note(foreign)),
                "note.error.not-found");
    }

    @Test
    void agreementsAreStoredOnceAndShowOnEveryScreenWithoutHiddenNames() {
        start("Afspraken");
        Joined anna = fixture.join(live, "Anna", true, TableRole.RESIDENT);
        UUID clientId = UUID.randomUUID();
        AgreementDraft draft = new AgreementDraft(
                "Anna belt het wijkteam", null, anna.pass().participantId(), null, LocalDate.of(2027, 1, 15), null);

        long first = AsStaff.call(
                facilitator, StaffRole.FACILITATOR, () -> facilitation.addAgreement(live.id(), clientId, draft));
        long again = AsStaff.call(
                facilitator, StaffRole.FACILITATOR, () -> facilitation.addAgreement(live.id(), clientId, draft));

        assertThat(again).isEqualTo(first);
        BoardContent.Agreement shown =
                stage(board(new Visibility.Projector())).agreements().getFirst();
        assertThat(stage(board(new Visibility.Projector())).agreements()).hasSize(1);
        assertThat(shown.ownerName()).isNull();
        assertThat(shown.ownerParticipantRole()).isEqualTo(TableRole.RESIDENT);
        assertThat(shown.dueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(stage(board(new Visibility.Facilitator()))
                        .agreements()
                        .getFirst()
                        .ownerName())
                .isEqualTo("Anna");
        assertRefused(
                () -> new AgreementDraft("Twee eigenaren", TableRole.RESIDENT, null, "Gemeente", null, null),
                "agreement.error.one-owner");

        // Nobody who was not at the table gets the facilitator's words: the archive's audience reads
        // agreements only redacted, through the review index (released_agreement).
        BoardContent archive = board(new Visibility.Archive(ConsentTier.REPORT, BoardSnapshot.NoteRow::text));
        assertThat(stage(archive).agreements()).isEmpty();

        asFacilitator(() -> facilitation.removeAgreement(live.id(), first));
        assertThat(stage(board(new Visibility.Projector())).agreements()).isEmpty();
    }

    @Test
    void undoTakesBackTheNewestActionFirstAndOnlyTheFacilitatorSeesIt() {
        start("Ongedaan maken");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId note = fixture.note(anna, "experience", "Verberg mij");
        asFacilitator(() -> facilitation.setPhase(live.id(), Phase.DISCUSS));
        fixture.moderate(facilitator, live, note);
        assertThat(stage(board(new Visibility.Facilitator())).undo()).isEqualTo("facilitation.undo.hide");
        assertThat(stage(board(new Visibility.Projector())).undo()).isNull();

        asFacilitator(() -> facilitation.undo(live.id()));
        assertThat(board(new Visibility.Projector()).notes())
                .extracting(BoardContent.Card::id)
                .contains(note);
        assertThat(stage(board(new Visibility.Projector())).phase()).isEqualTo(Phase.DISCUSS);

        asFacilitator(() -> facilitation.undo(live.id()));
        assertThat(stage(board(new Visibility.Projector())).phase()).isNull();
        assertThat(AsStaff.call(facilitator, StaffRole.FACILITATOR, () -> facilitation.undo(live.id())))
                .isEmpty();
    }

    @Test
    void aLiveCopyReadsFacilitationRowsOnlyAfterAChangeThatTouchedThemAndKeepsThemAcrossNotes() {
        start("Live kopie");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId note = fixture.note(anna, "experience", "Eerste");
        BoardSnapshot copy = reader.load(live.id());

        fixture.moderate(facilitator, live, note);
        copy = reader.refresh(copy);
        assertThat(copy.contentFor(new Visibility.Facilitator()).facilitation().undo())
                .isEqualTo("facilitation.undo.hide");
        long group = AsStaff.call(
                facilitator, StaffRole.FACILITATOR, () -> facilitation.createGroup(live.id(), EXPERIENCE, "Wonen"));
        fixture.note(anna, "experience", "Tweede");
        copy = reader.refresh(copy);

        BoardContent content = copy.contentFor(new Visibility.Facilitator());
        assertThat(content.facilitation().undo()).isEqualTo("facilitation.undo.new-group");
        assertThat(content.facilitation().groups())
                .extracting(BoardContent.Group::id)
                .containsExactly(group);
        assertThat(content.notes()).extracting(BoardContent.Card::text).contains("Tweede");
    }

    @Test
    void everyActionTakesTheBoardsNextSequenceNumber() {
        start("Volgorde");
        ConversationId id = live.id();
        long before = reader.load(id).seq();
        asFacilitator(() -> facilitation.setPhase(id, Phase.STORIES));
        asFacilitator(() -> facilitation.lock(id, true));
        asFacilitator(() -> facilitation.startTimer(id, Duration.ofMinutes(1)));
        assertThat(reader.load(id).seq()).isEqualTo(before + 3);
        fixture.close(facilitator, live);
        assertRefused(() -> asFacilitator(() -> facilitation.setPhase(id, Phase.DISCUSS)), "board.error.closed");
    }
}
