package nl.keukentafel.board;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class JoiningServiceTest {

    @Autowired
    JoiningService joining;

    @Autowired
    BoardFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReturningBrowserGetsItsSeatBackOnlyAtTheTableOfItsCode() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Terugkomen");
        Conversation other = fixture.live(facilitator, "Andere tafel");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);

        ParticipantPass resumed =
                joining.resume(anna.browserSecret(), live.joinCode()).orElseThrow();
        assertThat(resumed.participantId()).isEqualTo(anna.pass().participantId());
        assertThat(resumed.conversationId()).isEqualTo(live.id());
        assertThat(joining.resume(anna.browserSecret(), other.joinCode())).isEmpty();
        assertThat(joining.resume("not-a-secret", live.joinCode())).isEmpty();
        assertThat(joining.resume("", live.joinCode())).isEmpty();

        // Once the conversation is closed its code is gone; the participant still reads the board.
        fixture.close(facilitator, live);
        assertThat(joining.resume(anna.browserSecret(), live.joinCode()))
                .map(ParticipantPass::conversationId)
                .contains(live.id());

        // Until a new conversation draws the same code: then this browser joins the new one anew.
        jdbc.sql("update conversation set join_code = :code where id = :id")
                .param("code", live.joinCode().value())
                .param("id", other.id().value())
                .update();
        assertThat(joining.resume(anna.browserSecret(), live.joinCode())).isEmpty();
    }

    @Test
    void joiningIsValidatedWithClearMessages() {
        Conversation live = fixture.live(fixture.facilitator(), "Controle bij aanschuiven");

        assertRefused(
                () -> joining.join(live.joinCode(), null, false, TableRole.RESIDENT, true), "join.error.name-required");
        assertRefused(
                () -> joining.join(live.joinCode(), "   ", false, TableRole.RESIDENT, true),
                "join.error.name-required");
        assertRefused(
                () -> joining.join(
                        live.joinCode(),
                        "x".repeat(JoiningService.MAX_NAME_LENGTH + 1),
                        false,
                        TableRole.RESIDENT,
                        true),
                "join.error.name-length");
        assertRefused(
                () -> joining.join(live.joinCode(), "Anna", false, TableRole.RESIDENT, false), "join.error.consent");
        assertThat(joining.join(live.joinCode(), null, true, TableRole.RESIDENT, true)
                        .pass()
                        .conversationId())
                .isEqualTo(live.id());
    }

    @Test
    void wrongCodesAreThrottledPerClient() {
        Conversation live = fixture.live(fixture.facilitator(), "Raden");
        String client = "10.9.8." + (int) (Math.random() * 200);
        for (int i = 0; i < 10; i++) {
            assertRefused(() -> joining.findLiveConversation("ZZZZZZ", client), "join.error.unknown-code");
        }
        assertRefused(() -> joining.findLiveConversation(live.joinCode().value(), client), "join.error.throttled");
        assertThat(joining.findLiveConversation(live.joinCode().display(), "10.1.1.1")
                        .id())
                .isEqualTo(live.id());
    }
}
