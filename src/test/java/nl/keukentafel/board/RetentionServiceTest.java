package nl.keukentafel.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class RetentionServiceTest {

    @Autowired
    RetentionService retention;

    @Autowired
    BoardHistory history;

    @Autowired
    ConsentService consents;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    BoardFixture fixture;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void onTheRetentionDateNamesAndEverythingThatStayedAtTheTableGoAndReleasedNotesKeepOnlyRedactedText() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Bewaren");
        Joined anna = fixture.join(live, "Anna Bewaar", false, TableRole.RESIDENT);
        NoteId released =
                fixture.note(anna, "experience", "Bel Anna op 06-12345678.", ConsentTier.REPORT, NoteAudience.EVERYONE);
        fixture.note(anna, "experience", "alleen voor deze tafel");
        fixture.note(anna, "ideas", "voor de leider", ConsentTier.REPORT, NoteAudience.FACILITATOR_ONLY);
        fixture.close(facilitator, live);

        clock.moveForward(Duration.ofDays(300));
        runRetention();
        assertThat(textsOf(live)).contains("Bel Anna op 06-12345678.", "alleen voor deze tafel");

        clock.moveForward(Duration.ofDays(70));
        RetentionService.RetentionRun run = runRetention();

        assertThat(run.conversations()).isGreaterThanOrEqualTo(1);
        assertThat(textsOf(live)).containsExactlyInAnyOrder("Bel [naam] op [telefoon].", "", "");
        assertThat(jdbc.sql("select count(*) from participant where conversation_id = :id and display_name is not null")
                        .param("id", live.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        // The archive still shows the released note, from its stored redacted text.
        BoardRecord archived = AsStaff.call(
                fixture.teamMember(),
                StaffRole.TEAM_MEMBER,
                () -> history.read(live.id(), ReadPurpose.ARCHIVE, Locale.ENGLISH));
        assertThat(archived.content().notes()).extracting(BoardContent.Card::id).containsExactly(released);
        assertThat(archived.content().notes().getFirst().text()).isEqualTo("Bel [naam] op [telefoon].");
        // The author can still take back their consent.
        consents.changeConsent(anna.pass(), released, ConsentTier.TABLE_ONLY);
        assertThat(AsStaff.call(
                                fixture.teamMember(),
                                StaffRole.TEAM_MEMBER,
                                () -> history.read(live.id(), ReadPurpose.ARCHIVE, Locale.ENGLISH))
                        .content()
                        .notes())
                .isEmpty();
        // A second run finds nothing more to do for it.
        runRetention();
        assertThat(textsOf(live)).containsExactlyInAnyOrder("Bel [naam] op [telefoon].", "", "");
    }

    @Test
    void aConversationsOwnTermCountsInsteadOfTheGlobalOne() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Korter bewaren");
        fixture.note(fixture.join(live, "Anna", false, TableRole.RESIDENT), "experience", "kort bewaard");
        fixture.close(facilitator, live);
        AsStaff.run(facilitator, StaffRole.FACILITATOR, () -> retention.setRetention(live.id(), 1));

        clock.moveForward(Duration.ofDays(32));
        runRetention();

        assertThat(textsOf(live)).containsExactly("");
        RetentionService.Retention state =
                AsStaff.call(facilitator, StaffRole.FACILITATOR, () -> retention.retentionOf(live.id()));
        assertThat(state.done()).isTrue();
        assertThat(state.ownMonths()).isEqualTo(1);
    }

    @Test
    void whileOneNodeRunsRetentionAnotherSkips() throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Void> holding = new CompletableFuture<>();
        CompletableFuture<Void> otherNode = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)")
                    .param("key", RetentionService.LOCK_KEY)
                    .query((rs, row) -> 1)
                    .list();
            holding.complete(null);
            release.join();
        }));
        holding.get(10, TimeUnit.SECONDS);
        try {
            assertThat(runRetention().conversations()).isEqualTo(-1);
        } finally {
            release.complete(null);
            otherNode.get(10, TimeUnit.SECONDS);
        }
        assertThat(runRetention().conversations()).isGreaterThanOrEqualTo(0);
    }

    private List<String> textsOf(Conversation conversation) {
        return jdbc.sql("select text from note where conversation_id = :id order by id")
                .param("id", conversation.id().value())
                .query(String.class)
                .list();
    }

    private RetentionService.RetentionRun runRetention() {
        return AsStaff.call(fixture.account("admin", StaffRole.ADMIN), StaffRole.ADMIN, retention::run);
    }
}
