package nl.keukentafel.conversation;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CoFacilitatorsTest {

    @Autowired
    ConversationService conversations;

    @Autowired
    BoardFixture fixture;

    private Conversation managedBy(String facilitator, Conversation conversation) {
        return AsStaff.call(facilitator, StaffRole.FACILITATOR, () -> conversations.getManaged(conversation.id()));
    }

    private java.util.List<ConversationId> listOf(String facilitator) {
        return AsStaff.call(facilitator, StaffRole.FACILITATOR, conversations::mine).stream()
                .map(Conversation::id)
                .toList();
    }

    @Test
    void aColleagueTheFacilitatorAddsRunsTheConversationAndSeesItInTheirList() {
        String owner = fixture.facilitator();
        String colleague = fixture.facilitator();
        String stranger = fixture.facilitator();
        Conversation prepared = fixture.prepared(owner, "Samen leiden");

        Conversation changed = fixture.coFacilitators(owner, prepared, colleague);

        assertThat(changed.coFacilitators()).extracting(Colleague::username).containsExactly(colleague);
        assertThat(listOf(colleague)).containsExactly(prepared.id());
        assertThat(managedBy(colleague, prepared).title()).isEqualTo("Samen leiden");
        Conversation live = AsStaff.call(colleague, StaffRole.FACILITATOR, () -> conversations.goLive(prepared.id()));
        assertThat(live.status()).isEqualTo(ConversationStatus.LIVE);
        assertThat(listOf(owner)).containsExactly(prepared.id());
        assertThat(listOf(stranger)).isEmpty();
        assertRefused(() -> managedBy(stranger, prepared), "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.call(stranger, StaffRole.FACILITATOR, () -> conversations.get(prepared.id())),
                "conversation.error.not-found");
    }

    @Test
    void onlyTheFacilitatorOrAnAdminChangesWhoCoFacilitates() {
        String owner = fixture.facilitator();
        String colleague = fixture.facilitator();
        String another = fixture.facilitator();
        String admin = fixture.account("admin", StaffRole.ADMIN);
        Conversation live = fixture.live(owner, "Wie leidt er mee");
        fixture.coFacilitators(owner, live, colleague);

        assertRefused(
                () -> fixture.coFacilitators(colleague, live, colleague, another),
                "conversation.error.co-facilitators-owner-only");
        assertRefused(() -> fixture.coFacilitators(another, live, another), "conversation.error.not-found");
        assertThat(managedBy(owner, live).coFacilitators())
                .extracting(Colleague::username)
                .containsExactly(colleague);

        Conversation byAdmin = AsStaff.call(
                admin, StaffRole.ADMIN, () -> conversations.changeCoFacilitators(live.id(), Set.of(another)));

        assertThat(byAdmin.coFacilitators()).extracting(Colleague::username).containsExactly(another);
        assertThat(listOf(another)).containsExactly(live.id());
    }

    @Test
    void removingAColleagueEndsTheirAccessAtOnce() {
        String owner = fixture.facilitator();
        String colleague = fixture.facilitator();
        Conversation prepared = fixture.prepared(owner, "Even samen");
        fixture.coFacilitators(owner, prepared, colleague);
        assertThat(managedBy(colleague, prepared).id()).isEqualTo(prepared.id());

        Conversation changed = fixture.coFacilitators(owner, prepared);

        assertThat(changed.coFacilitators()).isEmpty();
        assertRefused(() -> managedBy(colleague, prepared), "conversation.error.not-found");
        assertRefused(
                () -> AsStaff.call(colleague, StaffRole.FACILITATOR, () -> conversations.goLive(prepared.id())),
                "conversation.error.not-found");
        assertThat(listOf(colleague)).isEmpty();
        assertThat(managedBy(owner, prepared).status()).isEqualTo(ConversationStatus.PREPARED);
    }

    @Test
    void onlyActiveFacilitatorsOtherThanTheOwnerCanBeAddedAndARefusalChangesNothing() {
        String owner = fixture.facilitator();
        String colleague = fixture.facilitator();
        String teamMember = fixture.teamMember();
        Conversation prepared = fixture.prepared(owner, "Alleen gespreksleiders");

        assertRefused(
                () -> fixture.coFacilitators(owner, prepared, colleague, teamMember),
                "conversation.error.co-facilitator-unknown");
        assertRefused(() -> fixture.coFacilitators(owner, prepared, owner), "conversation.error.co-facilitator-self");

        assertThat(managedBy(owner, prepared).coFacilitators()).isEmpty();
        assertThat(listOf(colleague)).isEmpty();
    }

    @Test
    void aClosedConversationKeepsItsCoFacilitators() {
        String owner = fixture.facilitator();
        String colleague = fixture.facilitator();
        Conversation live = fixture.live(owner, "Afgelopen");
        fixture.coFacilitators(owner, live, colleague);
        fixture.close(owner, live);

        assertRefused(() -> fixture.coFacilitators(owner, live), "conversation.error.closed");
        assertThat(managedBy(colleague, live).status()).isEqualTo(ConversationStatus.CLOSED);
    }

    @Test
    void theColleaguesOnOfferAreTheActiveFacilitators() {
        String colleague = fixture.facilitator();
        String teamMember = fixture.teamMember();

        var offered = AsStaff.call(fixture.facilitator(), StaffRole.FACILITATOR, conversations::colleagues).stream()
                .map(Colleague::username)
                .toList();

        assertThat(offered).contains(colleague).doesNotContain(teamMember);
    }
}
