package nl.keukentafel.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditEvent;
import nl.keukentafel.board.ErasureService;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    ErasureService erasure;

    @Test
    @SuppressWarnings("unchecked")
    void anAdminFiltersTheTrailByActionAndConversationAndSeesNoContent() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Logboek");
        Joined anna = fixture.join(live, "Anna Logboek", false, TableRole.RESIDENT);
        fixture.note(anna, "experience", "geheime tekst");
        AsStaff.run(facilitator, StaffRole.FACILITATOR, () -> erasure.eraseConversation(live.id()));
        login(fixture.account("admin", StaffRole.ADMIN), StaffRole.ADMIN);

        navigate("admin/audit");
        _setValue(
                (ComboBox<AuditAction>) _get(ComboBox.class, spec -> spec.withId("audit-action")),
                AuditAction.CONVERSATION_ERASED);
        _setValue(_get(IntegerField.class, spec -> spec.withId("audit-conversation")), (int)
                live.id().value());
        _click(_get(Button.class, spec -> spec.withId("audit-apply")));

        Grid<AuditEvent> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        List<AuditEvent> rows = GridKt._findAll(grid);
        assertThat(rows).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(facilitator);
            assertThat(e.noteCount()).isEqualTo(1);
        });
        assertThat(GridKt._getFormattedRow(grid, 0).toString())
                .contains("Gesprek gewist", facilitator)
                .doesNotContain("Anna", "geheime tekst");
    }

    @Test
    void aTeamMemberIsRefusedTheTrail() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);

        assertThatThrownBy(() -> navigate("admin/audit")).isInstanceOf(MockAccessDeniedException.class);
    }
}
