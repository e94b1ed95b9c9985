package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.List;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.ui.LoginView;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.GridCells;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArchiveViewTest extends KaribuTest {

    @Autowired
    BoardFixture fixture;

    private String facilitator;
    private Conversation closed;
    private Conversation live;
    private Conversation prepared;

    @BeforeEach
    void conversationsInEveryStatus() {
        facilitator = fixture.facilitator();
        closed = fixture.close(facilitator, fixture.live(facilitator, "Afgerond in Schiedam"));
        live = fixture.live(facilitator, "Nog bezig in Vlaardingen");
        prepared = fixture.prepared(facilitator, "Voorbereid in Barendrecht");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Conversation> archive() {
        return _get(Grid.class, spec -> spec.withId("archive"));
    }

    private static List<ConversationId> listed() {
        return GridKt._findAll(archive()).stream().map(Conversation::id).toList();
    }

    private Anchor linkTo(Conversation conversation) {
        Conversation row = GridKt._findAll(archive()).stream()
                .filter(c -> c.id().equals(conversation.id()))
                .findFirst()
                .orElseThrow();
        return (Anchor) GridCells.component(archive(), 0, row);
    }

    @Test
    void aTeamMemberFindsClosedConversationsButNoLiveOrPreparedOnes() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);

        navigate("archive");

        assertThat(_get(H1.class).getText()).isEqualTo("Afgeronde gesprekken");
        assertThat(listed()).contains(closed.id()).doesNotContain(live.id(), prepared.id());
        assertThat(GridKt._findAll(archive()))
                .allSatisfy(c -> assertThat(c.isClosed()).isTrue());
        Anchor link = linkTo(closed);
        assertThat(link.getText()).isEqualTo("Afgerond in Schiedam");
        assertThat(link.getHref()).isEqualTo("archive/" + closed.id().value());
    }

    @Test
    void anAdminFindsTheClosedConversationsToo() {
        login(fixture.account("beheer", StaffRole.ADMIN), StaffRole.ADMIN);

        navigate("archive");

        assertThat(listed()).contains(closed.id()).doesNotContain(live.id(), prepared.id());
    }

    @Test
    void aFacilitatorIsRefusedTheArchive() {
        login(facilitator, StaffRole.FACILITATOR);

        assertThatThrownBy(() -> navigate("archive")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        navigate("archive");

        _assertOne(LoginView.class);
    }
}
