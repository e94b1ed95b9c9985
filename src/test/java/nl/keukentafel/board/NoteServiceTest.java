package nl.keukentafel.board;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.conversation.Category;
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
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class NoteServiceTest {

    @Autowired
    NoteService notes;

    @Autowired
    BoardWatchService watching;

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

        fixture.note(anna, "experience", "eerste");
        fixture.note(anna, "questions", "tweede");
        fixture.note(anna, "experience", "derde");

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

        NoteId first = notes.addNote(
                anna.pass(),
                clientId,
                new Category("experience"),
                new NoteText("één keer"),
                ConsentTier.TABLE_ONLY,
                NoteAudience.EVERYONE);
        NoteId again = notes.addNote(
                anna.pass(),
                clientId,
                new Category("experience"),
                new NoteText("één keer"),
                ConsentTier.TABLE_ONLY,
                NoteAudience.EVERYONE);

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
                notes.addNote(
                        anna.pass(),
                        rolledBack,
                        new Category("experience"),
                        new NoteText("wordt teruggedraaid"),
                        ConsentTier.TABLE_ONLY,
                        NoteAudience.EVERYONE);
                status.setRollbackOnly();
            });
            fixture.note(anna, "experience", "blijft staan");
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
        NoteId note = fixture.note(anna, "experience", "voor het sluiten");
        fixture.close(facilitator, live);

        assertRefused(() -> fixture.note(anna, "experience", "te laat"), "board.error.closed");
        assertRefused(() -> notes.editNote(anna.pass(), note, new NoteText("anders")), "board.error.closed");
        assertRefused(() -> notes.withdrawNote(anna.pass(), note), "board.error.closed");
        assertRefused(() -> fixture.join(live, "Laat", false, TableRole.RESIDENT), "join.error.unknown-code");
        assertRefused(
                () -> AsStaff.run(facilitator, StaffRole.FACILITATOR, () -> notes.moderateNote(live.id(), note)),
                "board.error.closed");
    }

    @Test
    void aNoteOrJoinThatRacesTheCloseIsRefusedWhenTheCloseCommitsFirst() throws Exception {
        String facilitator = fixture.facilitator();
        Conversation forNote = fixture.live(facilitator, "Sluiten tijdens een notitie");
        Joined anna = fixture.join(forNote, "Anna", false, TableRole.RESIDENT);
        UUID clientId = UUID.randomUUID();
        Object noteOutcome = closeCommitsWhileBlocked(
                forNote,
                () -> notes.addNote(
                        anna.pass(),
                        clientId,
                        new Category("experience"),
                        new NoteText("net te laat"),
                        ConsentTier.TABLE_ONLY,
                        NoteAudience.EVERYONE));
        assertThat(noteOutcome).isInstanceOf(UserMessageException.class);
        assertThat(((UserMessageException) noteOutcome).messageKey()).isEqualTo("board.error.closed");
        assertThat(countNotes(clientId)).isZero();

        Conversation forJoin = fixture.live(facilitator, "Sluiten tijdens aanschuiven");
        Object joinOutcome =
                closeCommitsWhileBlocked(forJoin, () -> fixture.join(forJoin, "Bert", false, TableRole.RESIDENT));
        assertThat(joinOutcome).isInstanceOf(UserMessageException.class);
        assertThat(countParticipants(forJoin)).isZero();
    }

    /**
     * Runs {@code write} while another connection holds the close of the conversation uncommitted,
     * waits until PostgreSQL reports the write blocked by that close (so it has passed every check
     * it makes before its row lock), then commits the close. Returns the write's result or its
     * exception. Deterministic: the order comes from the lock, not from timing.
     */
    private Object closeCommitsWhileBlocked(Conversation live, Supplier<Object> write) throws Exception {
        try (Connection closer = DriverManager.getConnection(url, username, password)) {
            closer.setAutoCommit(false);
            long closerPid;
            try (Statement statement = closer.createStatement()) {
                statement.executeUpdate("update conversation set status = 'CLOSED', join_code = null,"
                        + " closed_at = now() where id = " + live.id().value());
                var rs = statement.executeQuery("select pg_backend_pid()");
                rs.next();
                closerPid = rs.getLong(1);
            }
            CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
                try {
                    return write.get();
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() ->
                            jdbc.sql("select count(*) from pg_stat_activity where :closer = any(pg_blocking_pids(pid))")
                                            .param("closer", closerPid)
                                            .query(Long.class)
                                            .single()
                                    > 0);
            closer.commit();
            return outcome.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aParticipantCanNeverTouchAnotherConversationsNotes() {
        Conversation first = fixture.live(fixture.facilitator(), "Eerste tafel");
        Conversation second = fixture.live(fixture.facilitator(), "Tweede tafel");
        Joined anna = fixture.join(first, "Anna", false, TableRole.RESIDENT);
        Joined bert = fixture.join(second, "Bert", false, TableRole.RESIDENT);
        UUID bertsClientId = UUID.randomUUID();
        NoteId bertsNote = notes.addNote(
                bert.pass(),
                bertsClientId,
                new Category("experience"),
                new NoteText("van Bert"),
                ConsentTier.TABLE_ONLY,
                NoteAudience.EVERYONE);

        assertRefused(
                () -> notes.editNote(anna.pass(), bertsNote, new NoteText("overschreven")), "note.error.not-found");
        assertRefused(() -> notes.withdrawNote(anna.pass(), bertsNote), "note.error.not-found");
        assertRefused(
                () -> notes.addNote(
                        anna.pass(),
                        bertsClientId,
                        new Category("experience"),
                        new NoteText("kaping"),
                        ConsentTier.TABLE_ONLY,
                        NoteAudience.EVERYONE),
                "note.error.not-found");
        assertThat(watching.conversationOf(anna.pass()).id()).isEqualTo(first.id());

        List<BoardContent> seen = new ArrayList<>();
        watching.watchAsParticipant(anna.pass(), seen::add).remove();
        assertThat(seen.getFirst().conversationId()).isEqualTo(first.id());
        assertThat(seen.getFirst().notes()).extracting(BoardContent.Card::text).doesNotContain("van Bert");
    }

    @Test
    void aParticipantCannotChangeSomeoneElsesNoteAtTheSameTable() {
        Conversation live = fixture.live(fixture.facilitator(), "Zelfde tafel");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined bert = fixture.join(live, "Bert", false, TableRole.RESIDENT);
        NoteId annasNote = fixture.note(anna, "experience", "van Anna");

        assertRefused(() -> notes.editNote(bert.pass(), annasNote, new NoteText("van Bert")), "note.error.not-found");
        assertRefused(() -> notes.withdrawNote(bert.pass(), annasNote), "note.error.not-found");
    }

    @Test
    void onlyTheFacilitatorWhoRunsTheBoardModeratesIt() {
        String owner = fixture.facilitator();
        String other = fixture.facilitator();
        Conversation live = fixture.live(owner, "Moderatie");
        Conversation othersLive = fixture.live(other, "Andere tafel");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId note = fixture.note(anna, "experience", "te persoonlijk");

        assertRefused(
                () -> AsStaff.run(other, StaffRole.FACILITATOR, () -> notes.moderateNote(live.id(), note)),
                "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.run(other, StaffRole.FACILITATOR, () -> notes.moderateNote(othersLive.id(), note)),
                "note.error.not-found");
        assertRefused(
                () -> AsStaff.call(other, StaffRole.FACILITATOR, () -> watching.openAsFacilitator(live.id())),
                "conversation.error.not-found");
        assertThatThrownBy(() -> notes.moderateNote(live.id(), note))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);

        AsStaff.run(owner, StaffRole.FACILITATOR, () -> notes.moderateNote(live.id(), note));
        List<BoardContent> participantView = new ArrayList<>();
        watching.watchAsParticipant(anna.pass(), participantView::add).remove();
        // Gone for the others; its author still sees it, marked as set aside.
        assertThat(participantView.getFirst().notes())
                .singleElement()
                .satisfies(card -> assertThat(card.moderated()).isTrue());
    }

    @Test
    void onlyTheFacilitatorWhoRunsTheBoardTakesSomeoneFromTheTableOrHidesSeveralNotes() {
        String owner = fixture.facilitator();
        String other = fixture.facilitator();
        Conversation live = fixture.live(owner, "Van tafel");
        Conversation othersLive = fixture.live(other, "Andere tafel");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined bram = fixture.join(othersLive, "Bram", false, TableRole.RESIDENT);
        NoteId note = fixture.note(anna, "experience", "eerste");
        NoteId second = fixture.note(anna, "ideas", "tweede");

        assertRefused(
                () -> AsStaff.call(
                        other,
                        StaffRole.FACILITATOR,
                        () -> notes.removeParticipant(live.id(), anna.pass().participantId())),
                "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.call(
                        other, StaffRole.FACILITATOR, () -> notes.moderateNotes(live.id(), List.of(note, second))),
                "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.call(
                        owner,
                        StaffRole.FACILITATOR,
                        () -> notes.removeParticipant(live.id(), bram.pass().participantId())),
                "board.error.participant-not-found");
        assertThatThrownBy(() -> notes.removeParticipant(live.id(), anna.pass().participantId()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        // Another board's note in the list is skipped, not hidden.
        NoteId bramsNote = fixture.note(bram, "ideas", "van een andere tafel");
        assertThat(AsStaff.call(owner, StaffRole.FACILITATOR, () -> notes.moderateNotes(live.id(), List.of(bramsNote))))
                .isZero();

        long before = currentSeq(live);
        assertThat(AsStaff.call(
                        owner,
                        StaffRole.FACILITATOR,
                        () -> notes.removeParticipant(live.id(), anna.pass().participantId())))
                .isEqualTo(2);
        assertThat(currentSeq(live)).as("one board change").isEqualTo(before + 1);
        assertRefused(() -> fixture.note(anna, "ideas", "nog iets"), "table.error.removed");
        assertRefused(() -> notes.withdrawNote(anna.pass(), note), "table.error.removed");
    }

    @Test
    void textsAreCleanedBeforeTheyAreStored() {
        Conversation live = fixture.live(fixture.facilitator(), "Schoon");
        Joined anna = fixture.join(live, "An\u200Bna\u202E", false, TableRole.RESIDENT);
        NoteId note = fixture.note(anna, "experience", "huur\u0000achterstand");

        assertThat(jdbc.sql("select text from note where id = :id")
                        .param("id", note.value())
                        .query(String.class)
                        .single())
                .isEqualTo("huurachterstand");
        assertThat(jdbc.sql("select display_name from participant where conversation_id = :id")
                        .param("id", live.id().value())
                        .query(String.class)
                        .single())
                .isEqualTo("Anna");
        assertRefused(() -> fixture.note(anna, "experience", "\u0000\u0001 \u200B"), "note.error.empty");
    }

    @Test
    void notesAreValidatedWithClearMessagesAndForgedValuesChangeNothing() {
        Conversation live = fixture.live(fixture.facilitator(), "Controle");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        long before = currentSeq(live);

        assertRefused(() -> fixture.note(anna, "experience", "   "), "note.error.empty");
        assertRefused(
                () -> fixture.note(anna, "experience", "x".repeat(NoteText.MAX_LENGTH + 1)), "note.error.too-long");
        assertRefused(() -> fixture.note(anna, "no-such-category", "tekst"), "note.error.category");
        // A category of another template is well formed, but not on this board.
        assertRefused(() -> fixture.note(anna, "mental-wellbeing", "tekst"), "note.error.category");
        assertThat(Category.parse("<script>")).isEmpty();
        assertThat(new NoteText("  met spaties  ").value()).isEqualTo("met spaties");
        assertThat(currentSeq(live)).isEqualTo(before);
    }

    private long countNotes(UUID clientId) {
        return jdbc.sql("select count(*) from note where client_id = :id")
                .param("id", clientId)
                .query(Long.class)
                .single();
    }

    private long countParticipants(Conversation conversation) {
        return jdbc.sql("select count(*) from participant where conversation_id = :id")
                .param("id", conversation.id().value())
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
