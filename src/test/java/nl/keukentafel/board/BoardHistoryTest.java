package nl.keukentafel.board;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    BoardFixture fixture;

    @Test
    void theArchiveReadsAClosedBoardFromTheDatabaseWithoutAnonymousNamesOrRemovedNotes() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Terugkijken");
        Joined anna = fixture.join(live, "Anna Open", false, TableRole.RESIDENT);
        Joined hidden = fixture.join(live, "Karim Geheim", true, TableRole.RESIDENT);
        NoteId kept = fixture.note(anna, "experience", "blijft staan");
        NoteId anonymous = fixture.note(hidden, "policy-effect", "anoniem geschreven");
        NoteId moderated = fixture.note(anna, "ideas", "apart gezet");
        NoteId withdrawn = fixture.note(hidden, "ideas", "ingetrokken");
        fixture.moderate(facilitator, live, moderated);
        notes.withdrawNote(hidden.pass(), withdrawn);
        fixture.close(facilitator, live);

        BoardRecord record = AsStaff.call(
                fixture.teamMember(), StaffRole.TEAM_MEMBER, () -> history.read(live.id(), ReadPurpose.ARCHIVE));

        assertThat(record.conversation().id()).isEqualTo(live.id());
        assertThat(record.content().isClosed()).isTrue();
        assertThat(record.content().notes()).extracting(BoardContent.Card::id).containsExactly(kept, anonymous);
        assertThat(record.content().toString()).doesNotContain("Karim Geheim", "apart gezet", "ingetrokken");
        assertThat(record.content().notes().get(1).authorName()).isNull();
    }

    @Test
    void onlyClosedBoardsAreReadAndOnlyByTeamMembersAndAdmins() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Nog bezig");
        Conversation closed = fixture.close(facilitator, fixture.live(facilitator, "Klaar"));
        String teamMember = fixture.teamMember();

        assertRefused(
                () -> AsStaff.call(
                        teamMember, StaffRole.TEAM_MEMBER, () -> history.read(live.id(), ReadPurpose.ARCHIVE)),
                "conversation.error.not-found");
        assertThatThrownBy(() -> AsStaff.call(
                        facilitator, StaffRole.FACILITATOR, () -> history.read(closed.id(), ReadPurpose.ARCHIVE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsStaff.call(
                                fixture.account("admin", StaffRole.ADMIN),
                                StaffRole.ADMIN,
                                () -> history.read(closed.id(), ReadPurpose.ARCHIVE))
                        .conversation()
                        .id())
                .isEqualTo(closed.id());
    }
}
