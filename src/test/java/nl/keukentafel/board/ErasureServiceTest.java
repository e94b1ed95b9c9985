package nl.keukentafel.board;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditEvent;
import nl.keukentafel.audit.AuditFilter;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class ErasureServiceTest {

    @Autowired
    ErasureService erasure;

    @Autowired
    BoardWatchService watching;

    @Autowired
    JoiningService joining;

    @Autowired
    NoteService notes;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BoardFixture fixture;

    @Test
    void erasingAParticipantTakesTheirNotesOffEveryLiveScreenAtOnceAndForGood() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Wissen");
        Joined anna = fixture.join(live, "Anna Wis", false, TableRole.RESIDENT);
        Joined bert = fixture.join(live, "Bert", false, TableRole.RESIDENT);
        fixture.note(anna, "experience", "wordt gewist", ConsentTier.REPORT, NoteAudience.EVERYONE);
        fixture.note(bert, "experience", "blijft");
        List<BoardContent> onBertsTablet = new CopyOnWriteArrayList<>();
        var watch = watching.watchAsParticipant(bert.pass(), onBertsTablet::add);
        try {
            int erased = AsStaff.call(
                    facilitator,
                    StaffRole.FACILITATOR,
                    () -> erasure.eraseParticipant(live.id(), anna.pass().participantId()));

            assertThat(erased).isEqualTo(1);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(onBertsTablet.getLast().notes())
                            .extracting(BoardContent.Card::text)
                            .containsExactly("blijft"));
            assertThat(onBertsTablet.getLast().participants())
                    .extracting(BoardContent.Seat::id)
                    .containsExactly(bert.pass().participantId());
        } finally {
            watch.remove();
        }
        assertThat(jdbc.sql("select count(*) from note where text like '%gewist%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from participant where display_name = 'Anna Wis'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(joining.resume(anna.browserSecret(), live.joinCode())).isEmpty();
        assertRefused(() -> fixture.note(anna, "experience", "nog eentje"), "table.error.not-joined");
        List<AuditEvent> logged = AsStaff.call(
                fixture.account("admin", StaffRole.ADMIN),
                StaffRole.ADMIN,
                () -> audit.list(new AuditFilter(
                        AuditAction.PARTICIPANT_ERASED, facilitator, live.id().value(), null, null)));
        assertThat(logged).singleElement().satisfies(e -> {
            assertThat(e.noteCount()).isEqualTo(1);
            assertThat(e.objectId()).isEqualTo(anna.pass().participantId().value());
        });
    }

    @Test
    void aParticipantErasesThemselvesAfterTheConversationClosed() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Zelf wissen");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        fixture.note(anna, "experience", "een", ConsentTier.REPORT, NoteAudience.EVERYONE);
        fixture.note(anna, "ideas", "twee");
        fixture.close(facilitator, live);

        assertThat(erasure.eraseSelf(anna.pass())).isEqualTo(2);

        assertThat(joining.seatOf(anna.browserSecret())).isEmpty();
        assertRefused(() -> erasure.eraseSelf(anna.pass()), "erasure.error.not-found");
    }

    @Test
    void erasingAWholeConversationLeavesNoNameAndNoText() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Alles wissen");
        fixture.note(fixture.join(live, "Anna", false, TableRole.RESIDENT), "experience", "een");
        fixture.note(fixture.join(live, "Bert", true, TableRole.RESIDENT), "experience", "twee");
        fixture.close(facilitator, live);

        int erased = AsStaff.call(facilitator, StaffRole.FACILITATOR, () -> erasure.eraseConversation(live.id()));

        assertThat(erased).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from note where conversation_id = :id and text <> ''")
                        .param("id", live.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from participant where conversation_id = :id and display_name is not null")
                        .param("id", live.id().value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherFacilitatorCannotEraseButAnAdminCan() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Niet van u");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        fixture.note(anna, "experience", "blijft");

        assertRefused(
                () -> AsStaff.call(
                        fixture.facilitator(),
                        StaffRole.FACILITATOR,
                        () -> erasure.eraseParticipant(live.id(), anna.pass().participantId())),
                "conversation.error.not-found");
        assertThat(AsStaff.call(
                        fixture.account("admin", StaffRole.ADMIN),
                        StaffRole.ADMIN,
                        () -> erasure.eraseParticipant(live.id(), anna.pass().participantId())))
                .isEqualTo(1);
    }
}
