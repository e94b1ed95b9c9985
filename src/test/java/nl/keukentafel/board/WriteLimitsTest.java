package nl.keukentafel.board;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import nl.keukentafel.base.TryAgainLaterException;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.SmallLimitsBehindAProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@link WriteLimits} through the services, with small limits (3 notes per participant and period,
 * 6 at once; 3 changes per participant, 5 notes and 3 seats per client address, per period).
 */
@SmallLimitsBehindAProxy
class WriteLimitsTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    NoteService notes;

    @Autowired
    JoiningService joining;

    private Conversation live;

    @BeforeEach
    void aLiveBoard() {
        live = fixture.live(fixture.facilitator(), "Grenzen");
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void requestFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private NoteId place(Joined author, String text) {
        return notes.addNote(
                author.pass(),
                UUID.randomUUID(),
                new Category("ideas"),
                new NoteText(text),
                ConsentTier.TABLE_ONLY,
                NoteAudience.EVERYONE);
    }

    private Joined join(String name) {
        return joining.join(live.joinCode(), name, false, TableRole.RESIDENT, true);
    }

    @Test
    void aTabletThatPlacesNotesFasterThanAPersonWritesIsAskedToWait() {
        Joined fast = join("Snel");
        Joined calm = join("Rustig");
        // Twice the limit at once (what a tablet wrote offline), then it waits.
        for (int i = 0; i < 6; i++) {
            place(fast, "notitie " + i);
        }

        assertRefused(() -> place(fast, "nog een"), "limit.notes");
        assertThatThrownBy(() -> place(fast, "nog een"))
                .isInstanceOf(TryAgainLaterException.class)
                .satisfies(e -> assertThat(((TryAgainLaterException) e).retryAfter())
                        .isPositive()
                        .isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(place(calm, "mijn eerste"))
                .as("others at the table write on")
                .isNotNull();
    }

    @Test
    void resendingANoteThatWasPlacedIsNotCounted() {
        Joined anna = join("Anna");
        UUID clientId = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            notes.addNote(
                    anna.pass(),
                    clientId,
                    new Category("ideas"),
                    new NoteText("dezelfde"),
                    ConsentTier.TABLE_ONLY,
                    NoteAudience.EVERYONE);
        }

        assertThat(place(anna, "een nieuwe")).isNotNull();
    }

    @Test
    void changesAreLimitedPerParticipant() {
        Joined anna = join("Anna");
        NoteId note = place(anna, "eerste versie");
        for (int i = 0; i < 3; i++) {
            notes.editNote(anna.pass(), note, new NoteText("versie " + i));
        }

        assertRefused(() -> notes.editNote(anna.pass(), note, new NoteText("te veel")), "limit.changes");
        assertRefused(() -> notes.withdrawNote(anna.pass(), note), "limit.changes");
    }

    @Test
    void oneClientAddressTakesAtMostItsSeats() {
        requestFrom("192.0.2.50");
        for (int i = 0; i < 3; i++) {
            join("Stoel " + i);
        }

        assertRefused(() -> join("Nog een stoel"), "limit.joins");

        requestFrom("192.0.2.51");
        assertThat(join("Iemand anders").pass().conversationId()).isEqualTo(live.id());
    }

    @Test
    void notesAreLimitedPerClientAddressOverAllItsSeats() {
        requestFrom("192.0.2.60");
        Joined first = join("Een");
        Joined second = join("Twee");
        for (int i = 0; i < 3; i++) {
            place(first, "een " + i);
        }
        place(second, "twee 0");
        place(second, "twee 1");

        assertRefused(() -> place(second, "twee 2"), "limit.notes");
    }
}
