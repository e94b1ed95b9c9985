package nl.keukentafel.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class BoardServiceTest {

    @Autowired
    BoardService boards;

    @Autowired
    BoardFixture fixture;

    @Autowired
    BoardReader reader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void everyChangeTakesTheNextSequenceNumberAndCatchUpReturnsTheChangesInOrder() {
        Conversation live = fixture.live(fixture.facilitator(), "Volgorde");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        BoardSnapshot before = reader.load(live.id());

        boards.addNote(anna.pass(), UUID.randomUUID(), "experience", "eerste");
        boards.addNote(anna.pass(), UUID.randomUUID(), "questions", "tweede");
        boards.addNote(anna.pass(), UUID.randomUUID(), "experience", "derde");

        BoardSnapshot after = reader.refresh(before);
        assertThat(after.seq()).isEqualTo(before.seq() + 3);
        assertThat(after.notes()).extracting(BoardSnapshot.NoteRow::text).containsExactly("eerste", "tweede", "derde");
        assertThat(after.notes()).extracting(BoardSnapshot.NoteRow::createdSeq).isSorted();
        assertThat(reader.load(live.id()).notes())
                .extracting(BoardSnapshot.NoteRow::text)
                .containsExactly("eerste", "tweede", "derde");
    }

    @Test
    void resendingANoteWithTheSameClientIdStoresItOnce() {
        Conversation live = fixture.live(fixture.facilitator(), "Opnieuw versturen");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        UUID clientId = UUID.randomUUID();

        NoteId first = boards.addNote(anna.pass(), clientId, "experience", "één keer");
        NoteId again = boards.addNote(anna.pass(), clientId, "experience", "één keer");

        assertThat(again).isEqualTo(first);
        assertThat(countNotes(clientId)).isEqualTo(1);
    }

    @Test
    void aCommittedNoteIsAnnouncedAndARolledBackNoteNever() throws Exception {
        Conversation live = fixture.live(fixture.facilitator(), "Aankondigen");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        try (Connection listener = DriverManager.getConnection(url, username, password)) {
            try (Statement statement = listener.createStatement()) {
                statement.execute("LISTEN board_changes");
            }
            PGConnection pg = listener.unwrap(PGConnection.class);
            List<String> received = new CopyOnWriteArrayList<>();

            TransactionTemplate tx = new TransactionTemplate(transactions);
            UUID rolledBack = UUID.randomUUID();
            tx.executeWithoutResult(status -> {
                boards.addNote(anna.pass(), rolledBack, "experience", "wordt teruggedraaid");
                status.setRollbackOnly();
            });
            boards.addNote(anna.pass(), UUID.randomUUID(), "experience", "blijft staan");
            long committedSeq = currentSeq(live);

            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> {
                PGNotification[] batch = pg.getNotifications(100);
                if (batch != null) {
                    for (PGNotification n : batch) {
                        received.add(n.getParameter());
                    }
                }
                return received.contains(live.id().value() + ":" + committedSeq);
            });
            assertThat(countNotes(rolledBack)).isZero();
            // The rolled-back change took a sequence number inside its transaction; it was never announced.
            assertThat(received).containsOnly(live.id().value() + ":" + committedSeq);
        }
    }

    @Test
    void aClosedBoardRefusesEveryWrite() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Gesloten");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId note = boards.addNote(anna.pass(), UUID.randomUUID(), "experience", "voor het sluiten");
        fixture.close(facilitator, live);

        assertRefused(
                () -> boards.addNote(anna.pass(), UUID.randomUUID(), "experience", "te laat"), "board.error.closed");
        assertRefused(() -> boards.editNote(anna.pass(), note, "anders"), "board.error.closed");
        assertRefused(() -> boards.withdrawNote(anna.pass(), note), "board.error.closed");
        assertRefused(() -> fixture.join(live, "Laat", false, TableRole.RESIDENT), "join.error.unknown-code");
        assertRefused(
                () -> AsStaff.run(facilitator, StaffRole.FACILITATOR, () -> boards.hideNote(live.id(), note)),
                "board.error.closed");
    }

    @Test
    void aParticipantCanNeverTouchAnotherConversationsNotes() {
        Conversation first = fixture.live(fixture.facilitator(), "Eerste tafel");
        Conversation second = fixture.live(fixture.facilitator(), "Tweede tafel");
        Joined anna = fixture.join(first, "Anna", false, TableRole.RESIDENT);
        Joined bert = fixture.join(second, "Bert", false, TableRole.RESIDENT);
        UUID bertsClientId = UUID.randomUUID();
        NoteId bertsNote = boards.addNote(bert.pass(), bertsClientId, "experience", "van Bert");

        assertRefused(() -> boards.editNote(anna.pass(), bertsNote, "overschreven"), "note.error.not-found");
        assertRefused(() -> boards.withdrawNote(anna.pass(), bertsNote), "note.error.not-found");
        assertRefused(() -> boards.addNote(anna.pass(), bertsClientId, "experience", "kaping"), "note.error.not-found");
        assertThat(boards.conversationOf(anna.pass()).id()).isEqualTo(first.id());

        List<BoardView> seen = new ArrayList<>();
        boards.watchAsParticipant(anna.pass(), seen::add).remove();
        assertThat(seen.getFirst().conversationId()).isEqualTo(first.id());
        assertThat(seen.getFirst().notes()).extracting(BoardView.Card::text).doesNotContain("van Bert");
    }

    @Test
    void aParticipantCannotChangeSomeoneElsesNoteAtTheSameTable() {
        Conversation live = fixture.live(fixture.facilitator(), "Zelfde tafel");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined bert = fixture.join(live, "Bert", false, TableRole.RESIDENT);
        NoteId annasNote = boards.addNote(anna.pass(), UUID.randomUUID(), "experience", "van Anna");

        assertRefused(() -> boards.editNote(bert.pass(), annasNote, "van Bert"), "note.error.not-found");
        assertRefused(() -> boards.withdrawNote(bert.pass(), annasNote), "note.error.not-found");
    }

    @Test
    void onlyTheFacilitatorWhoRunsTheBoardModeratesIt() {
        String owner = fixture.facilitator();
        String other = fixture.facilitator();
        Conversation live = fixture.live(owner, "Moderatie");
        Conversation othersLive = fixture.live(other, "Andere tafel");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId note = boards.addNote(anna.pass(), UUID.randomUUID(), "experience", "te persoonlijk");

        assertRefused(
                () -> AsStaff.run(other, StaffRole.FACILITATOR, () -> boards.hideNote(live.id(), note)),
                "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.run(other, StaffRole.FACILITATOR, () -> boards.hideNote(othersLive.id(), note)),
                "note.error.not-found");
        assertRefused(
                () -> AsStaff.call(
                        other,
                        StaffRole.FACILITATOR,
                        () -> boards.watchAsStaff(live.id(), Audience.FACILITATOR, v -> {})),
                "conversation.error.not-found");
        assertThatThrownBy(() -> boards.hideNote(live.id(), note))
                .isInstanceOfAny(
                        AccessDeniedException.class,
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);

        AsStaff.run(owner, StaffRole.FACILITATOR, () -> boards.hideNote(live.id(), note));
        List<BoardView> participantView = new ArrayList<>();
        boards.watchAsParticipant(anna.pass(), participantView::add).remove();
        assertThat(participantView.getFirst().notes()).isEmpty();
    }

    @Test
    void anAnonymousAuthorsNameReachesOnlyTheFacilitator() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Anoniem");
        Joined karim = fixture.join(live, "Karim Geheim", true, TableRole.RESIDENT);
        Joined anna = fixture.join(live, "Anna Open", false, TableRole.POLICY_MAKER);
        boards.addNote(karim.pass(), UUID.randomUUID(), "experience", "anoniem geschreven");

        BoardSnapshot snapshot = reader.load(live.id());
        for (Audience audience : List.of(Audience.PARTICIPANT, Audience.PROJECTOR, Audience.REVIEW)) {
            BoardView view = snapshot.viewFor(
                    audience, audience == Audience.PARTICIPANT ? anna.pass().participantId() : null);
            assertThat(view.toString())
                    .as(audience.name())
                    .doesNotContain("Karim Geheim")
                    .contains("Anna Open");
            assertThat(view.notes().getFirst().authorName()).isNull();
            assertThat(view.notes().getFirst().authorRole()).isEqualTo(TableRole.RESIDENT);
        }
        BoardView facilitatorView = snapshot.viewFor(Audience.FACILITATOR, null);
        assertThat(facilitatorView.notes().getFirst().authorName()).isEqualTo("Karim Geheim");
        BoardView own = snapshot.viewFor(Audience.PARTICIPANT, karim.pass().participantId());
        assertThat(own.notes().getFirst().mine()).isTrue();
    }

    @Test
    void aReturningBrowserGetsTheSameParticipantBack() {
        Conversation live = fixture.live(fixture.facilitator(), "Terugkomen");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);

        ParticipantPass resumed = boards.resume(anna.browserSecret()).orElseThrow();

        assertThat(resumed.participantId()).isEqualTo(anna.pass().participantId());
        assertThat(boards.resume("not-a-secret")).isEmpty();
        assertThat(boards.resume("")).isEmpty();
    }

    @Test
    void notesAreValidatedWithClearMessages() {
        Conversation live = fixture.live(fixture.facilitator(), "Controle");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);

        assertRefused(() -> boards.addNote(anna.pass(), UUID.randomUUID(), "experience", "   "), "note.error.empty");
        assertRefused(
                () -> boards.addNote(
                        anna.pass(), UUID.randomUUID(), "experience", "x".repeat(BoardService.MAX_NOTE_LENGTH + 1)),
                "note.error.too-long");
        assertRefused(
                () -> boards.addNote(anna.pass(), UUID.randomUUID(), "no-such-category", "tekst"),
                "note.error.category");
        assertRefused(
                () -> boards.join(live.joinCode(), null, false, TableRole.RESIDENT, true), "join.error.name-required");
        assertRefused(
                () -> boards.join(live.joinCode(), "Anna", false, TableRole.RESIDENT, false), "join.error.consent");
    }

    @Test
    void wrongCodesAreThrottledPerClient() {
        Conversation live = fixture.live(fixture.facilitator(), "Raden");
        String client = "10.9.8." + (int) (Math.random() * 200);
        for (int i = 0; i < 10; i++) {
            assertRefused(() -> boards.findLiveConversation("ZZZZZZ", client), "join.error.unknown-code");
        }
        assertRefused(() -> boards.findLiveConversation(live.joinCode().value(), client), "join.error.throttled");
        assertThat(boards.findLiveConversation(live.joinCode().display(), "10.1.1.1")
                        .id())
                .isEqualTo(live.id());
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey())
                .isEqualTo(key);
    }

    private long countNotes(UUID clientId) {
        return jdbc.sql("select count(*) from note where client_id = :id")
                .param("id", clientId)
                .query(Long.class)
                .single();
    }

    private long currentSeq(Conversation conversation) {
        return jdbc.sql("select last_seq from conversation where id = :id")
                .param("id", conversation.id().value())
                .query(Long.class)
                .single();
    }
}
