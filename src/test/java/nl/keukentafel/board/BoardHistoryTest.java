package nl.keukentafel.board;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class BoardHistoryTest {

    @Autowired
    BoardHistory history;

    @Autowired
    NoteService notes;

    @Autowired
    ErasureService erasure;

    @Autowired
    BoardFixture fixture;

    @Test
    void theArchiveShowsOnlyReleasedNotesRedactedAndNoNameAtAll() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Terugkijken");
        Joined anna = fixture.join(live, "Anna Open", false, TableRole.RESIDENT);
        Joined hidden = fixture.join(live, "Karim Geheim", true, TableRole.RESIDENT);
        NoteId released = fixture.note(
                anna,
                "experience",
                "Karim zei het al: bel de wijkcoach op 06-12345678.",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        NoteId bundle = fixture.note(
                hidden, "policy-effect", "anoniem en vrijgegeven", ConsentTier.CASE_BUNDLE, NoteAudience.EVERYONE);
        fixture.note(anna, "experience", "alleen voor deze tafel");
        fixture.note(anna, "ideas", "alleen voor de leider", ConsentTier.REPORT, NoteAudience.FACILITATOR_ONLY);
        NoteId moderated = fixture.note(anna, "ideas", "apart gezet", ConsentTier.REPORT, NoteAudience.EVERYONE);
        NoteId withdrawn = fixture.note(hidden, "ideas", "ingetrokken", ConsentTier.REPORT, NoteAudience.EVERYONE);
        Joined erased = fixture.join(live, "Eva Gewist", false, TableRole.RESIDENT);
        fixture.note(erased, "ideas", "wordt gewist", ConsentTier.CASE_BUNDLE, NoteAudience.EVERYONE);
        NoteId mentionsEva =
                fixture.note(anna, "questions", "Vraag het aan Eva.", ConsentTier.REPORT, NoteAudience.EVERYONE);
        AsStaff.run(
                facilitator,
                StaffRole.FACILITATOR,
                () -> erasure.eraseParticipant(live.id(), erased.pass().participantId()));
        fixture.moderate(facilitator, live, moderated);
        notes.withdrawNote(hidden.pass(), withdrawn);
        fixture.close(facilitator, live);

        BoardRecord record = AsStaff.call(
                fixture.teamMember(),
                StaffRole.TEAM_MEMBER,
                () -> history.read(live.id(), ReadPurpose.ARCHIVE, Locale.of("nl")));

        assertThat(record.conversation().id()).isEqualTo(live.id());
        assertThat(record.content().isClosed()).isTrue();
        assertThat(record.content().notes())
                .extracting(BoardContent.Card::id)
                .containsExactly(released, bundle, mentionsEva);
        // An erased participant's name stays out of other people's notes.
        assertThat(record.content().notes().get(2).text()).isEqualTo("Vraag het aan [naam].");
        assertThat(record.content().notes().getFirst().text())
                .isEqualTo("[naam] zei het al: bel de wijkcoach op [telefoon].");
        assertThat(record.content().toString())
                .doesNotContain(
                        "Karim", "Anna", "06-12345678", "apart gezet", "ingetrokken", "alleen voor", "Eva", "gewist");
        assertThat(record.content().notes())
                .extracting(BoardContent.Card::authorName)
                .containsOnlyNulls();
    }

    @Test
    void placeholdersAreInTheReadersLanguage() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Taal");
        Joined anna = fixture.join(live, "Anna Open", false, TableRole.RESIDENT);
        fixture.note(anna, "experience", "Mail anna@example.org graag.", ConsentTier.REPORT, NoteAudience.EVERYONE);
        fixture.close(facilitator, live);

        BoardRecord record = AsStaff.call(
                fixture.teamMember(),
                StaffRole.TEAM_MEMBER,
                () -> history.read(live.id(), ReadPurpose.ARCHIVE, Locale.ENGLISH));

        assertThat(record.content().notes().getFirst().text()).isEqualTo("Mail [e-mail] graag.");
    }

    @Test
    void theFacilitatorWhoRanAClosedConversationStillSeesTheWholeBoardButAnAdminDoesNot() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Eigen bord");
        Joined anna = fixture.join(live, "Anna Geheim", true, TableRole.RESIDENT);
        fixture.note(anna, "experience", "alleen voor deze tafel");
        fixture.close(facilitator, live);

        BoardRecord own = AsStaff.call(facilitator, StaffRole.FACILITATOR, () -> history.readOwn(live.id()));
        assertThat(own.content().notes()).extracting(BoardContent.Card::text).containsExactly("alleen voor deze tafel");
        assertThat(own.content().notes().getFirst().authorName()).isEqualTo("Anna Geheim");

        String admin = fixture.account("admin", StaffRole.ADMIN, StaffRole.FACILITATOR);
        assertRefused(
                () -> AsStaff.call(
                        admin,
                        new StaffRole[] {StaffRole.ADMIN, StaffRole.FACILITATOR},
                        () -> history.readOwn(live.id())),
                "conversation.error.not-found");
    }

    @Test
    void onlyClosedBoardsAreReadAndOnlyByTeamMembersAndAdmins() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Nog bezig");
        Conversation closed = fixture.close(facilitator, fixture.live(facilitator, "Klaar"));
        String teamMember = fixture.teamMember();

        assertRefused(
                () -> AsStaff.call(
                        teamMember,
                        StaffRole.TEAM_MEMBER,
                        () -> history.read(live.id(), ReadPurpose.ARCHIVE, Locale.of("nl"))),
                "conversation.error.not-found");
        assertThatThrownBy(() -> AsStaff.call(
                        facilitator,
                        StaffRole.FACILITATOR,
                        () -> history.read(closed.id(), ReadPurpose.ARCHIVE, Locale.of("nl"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsStaff.call(
                                fixture.account("admin", StaffRole.ADMIN),
                                StaffRole.ADMIN,
                                () -> history.read(closed.id(), ReadPurpose.ARCHIVE, Locale.of("nl")))
                        .conversation()
                        .id())
                .isEqualTo(closed.id());
    }
}
