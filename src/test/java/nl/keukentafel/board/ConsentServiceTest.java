package nl.keukentafel.board;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditFilter;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ConsentServiceTest {

    @Autowired
    ConsentService consents;

    @Autowired
    NoteService notes;

    @Autowired
    BoardReader reader;

    @Autowired
    AuditTrail audit;

    @Autowired
    BoardFixture fixture;

    @Test
    void anAuthorChangesTheirChoiceLiveAndAfterCloseAndEachChangeIsInTheAuditTrail() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Keuze veranderen");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId note = fixture.note(anna, "experience", "eerst alleen hier");

        consents.changeConsent(anna.pass(), note, ConsentTier.REPORT);
        assertThat(tierOf(anna, note)).isEqualTo(ConsentTier.REPORT);
        fixture.close(facilitator, live);
        consents.changeConsent(anna.pass(), note, ConsentTier.CASE_BUNDLE);
        assertThat(tierOf(anna, note)).isEqualTo(ConsentTier.CASE_BUNDLE);
        consents.changeConsent(anna.pass(), note, ConsentTier.TABLE_ONLY);
        assertThat(tierOf(anna, note)).isEqualTo(ConsentTier.TABLE_ONLY);

        List<AuditAction> logged = AsStaff.call(
                        fixture.account("admin", StaffRole.ADMIN),
                        StaffRole.ADMIN,
                        () -> audit.list(new AuditFilter(null, null, live.id().value(), null, null)))
                .stream()
                .map(e -> e.action())
                .toList();
        assertThat(logged).containsOnly(AuditAction.CONSENT_CHANGED).hasSize(3);
    }

    @Test
    void nobodyChangesTheChoiceForSomeoneElsesNote() {
        Conversation live = fixture.live(fixture.facilitator(), "Niet van u");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined bert = fixture.join(live, "Bert", false, TableRole.RESIDENT);
        NoteId annas = fixture.note(anna, "experience", "van Anna");

        assertRefused(
                () -> consents.changeConsent(bert.pass(), annas, ConsentTier.CASE_BUNDLE), "note.error.not-found");
        assertThat(tierOf(anna, annas)).isEqualTo(ConsentTier.TABLE_ONLY);
    }

    @Test
    void theConsentRoundCountsAnswersAndTellsNobodyWhatAnyoneChose() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Ronde");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined bert = fixture.join(live, "Bert", false, TableRole.RESIDENT);
        fixture.note(anna, "experience", "van Anna");
        assertRefused(() -> consents.answerRound(anna.pass()), "consent.error.no-round");

        AsStaff.run(facilitator, StaffRole.FACILITATOR, () -> consents.startRound(live.id()));
        consents.answerRound(anna.pass());

        BoardSnapshot snapshot = reader.load(live.id());
        BoardContent forFacilitator = snapshot.contentFor(new Visibility.Facilitator());
        assertThat(forFacilitator.consentRound()).isEqualTo(new BoardContent.ConsentRound(2, 1, false));
        assertThat(forFacilitator.notes())
                .extracting(BoardContent.Card::consent)
                .containsOnlyNulls();
        assertThat(snapshot.contentFor(new Visibility.Participant(anna.pass().participantId()))
                        .consentRound()
                        .viewerAnswered())
                .isTrue();
        assertThat(snapshot.contentFor(new Visibility.Participant(bert.pass().participantId()))
                        .consentRound()
                        .viewerAnswered())
                .isFalse();

        // A new round asks again: earlier answers no longer count.
        AsStaff.run(facilitator, StaffRole.FACILITATOR, () -> consents.startRound(live.id()));
        assertThat(reader.load(live.id())
                        .contentFor(new Visibility.Facilitator())
                        .consentRound()
                        .answered())
                .isZero();
        AsStaff.run(facilitator, StaffRole.FACILITATOR, () -> consents.endRound(live.id()));
        assertThat(reader.load(live.id())
                        .contentFor(new Visibility.Facilitator())
                        .consentRound())
                .isNull();
    }

    @Test
    void onlyTheFacilitatorWhoRunsTheBoardStartsARound() {
        Conversation live = fixture.live(fixture.facilitator(), "Niet uw ronde");
        String other = fixture.facilitator();

        assertRefused(
                () -> AsStaff.run(other, StaffRole.FACILITATOR, () -> consents.startRound(live.id())),
                "conversation.error.not-found");
        assertThat(reader.load(live.id())
                        .contentFor(new Visibility.Facilitator())
                        .consentRound())
                .isNull();
    }

    @Test
    void theOwnNotesPageShowsEveryNoteOfTheAuthorIncludingWithdrawnOnesAndNothingOfOthers() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Mijn notities");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined bert = fixture.join(live, "Bert Ander", false, TableRole.RESIDENT);
        NoteId kept = fixture.note(anna, "experience", "staat er nog");
        NoteId withdrawn = fixture.note(anna, "experience", "weggehaald");
        fixture.note(bert, "experience", "van Bert");
        fixture.note(anna, "ideas", "alleen voor de leider", ConsentTier.REPORT, NoteAudience.FACILITATOR_ONLY);
        notes.withdrawNote(anna.pass(), withdrawn);
        fixture.close(facilitator, live);

        BoardRecord own = consents.ownNotes(anna.pass());

        assertThat(own.content().notes())
                .extracting(BoardContent.Card::text)
                .containsExactly("staat er nog", "weggehaald", "alleen voor de leider");
        assertThat(own.content().notes().get(1).withdrawn()).isTrue();
        assertThat(own.content().notes()).extracting(BoardContent.Card::id).contains(kept);
        assertThat(own.content().toString()).doesNotContain("Bert");
    }

    private ConsentTier tierOf(Joined author, NoteId note) {
        return reader
                .load(author.pass().conversationId())
                .contentFor(new Visibility.Participant(author.pass().participantId()))
                .notes()
                .stream()
                .filter(c -> c.id().equals(note))
                .findFirst()
                .orElseThrow()
                .consent();
    }
}
