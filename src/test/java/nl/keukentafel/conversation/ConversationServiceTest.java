package nl.keukentafel.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ConversationServiceTest {

    @Autowired
    ConversationService conversations;

    @Autowired
    BoardFixture fixture;

    @Test
    void goingLiveGivesAReadableCodeThatDiesWhenTheConversationCloses() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Code");

        assertThat(live.status()).isEqualTo(ConversationStatus.LIVE);
        assertThat(live.joinCode().value()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
        assertThat(conversations.findLive(live.joinCode()))
                .map(Conversation::id)
                .contains(live.id());

        Conversation closed = fixture.close(facilitator, live);

        assertThat(closed.status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(closed.joinCode()).isNull();
        assertThat(conversations.findLive(live.joinCode())).isEmpty();
    }

    @Test
    void aFacilitatorSeesOnlyTheirOwnConversationsByStatus() {
        String mine = fixture.facilitator();
        String theirs = fixture.facilitator();
        Conversation prepared = fixture.prepared(mine, "Voorbereid");
        Conversation live = fixture.live(mine, "Bezig");
        Conversation other = fixture.prepared(theirs, "Van een ander");

        var list = AsStaff.call(mine, StaffRole.FACILITATOR, conversations::mine);

        assertThat(list).extracting(Conversation::id).containsExactlyInAnyOrder(prepared.id(), live.id());
        assertThatThrownBy(() -> AsStaff.call(mine, StaffRole.FACILITATOR, () -> conversations.get(other.id())))
                .isInstanceOf(UserMessageException.class);
    }

    @Test
    void teamMembersOpenClosedConversationsOnly() {
        String facilitator = fixture.facilitator();
        String team = fixture.teamMember();
        Conversation live = fixture.live(facilitator, "Nog bezig");
        Conversation closed = fixture.close(facilitator, fixture.live(facilitator, "Klaar"));

        assertThat(AsStaff.call(team, StaffRole.TEAM_MEMBER, () -> conversations.get(closed.id()))
                        .title())
                .isEqualTo("Klaar");
        assertThatThrownBy(() -> AsStaff.call(team, StaffRole.TEAM_MEMBER, () -> conversations.get(live.id())))
                .isInstanceOf(UserMessageException.class);
    }

    @Test
    void aDraftRefusesMissingTitleAndQuestion() {
        ConversationDraft valid = fixture.draft("Geldig");
        assertThatThrownBy(() -> new ConversationDraft(
                        " ", valid.residentQuestion(), 1, 1, 1, null, "", valid.startsAt(), BoardTemplate.KEUKENTAFEL))
                .isInstanceOf(UserMessageException.class)
                .hasMessageContaining("conversation.error.title");
        assertThatThrownBy(() -> new ConversationDraft(
                        "Titel", "", 1, 1, 1, null, "", valid.startsAt(), BoardTemplate.KEUKENTAFEL))
                .isInstanceOf(UserMessageException.class)
                .hasMessageContaining("conversation.error.question");
    }
}
