package nl.keukentafel.conversation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.ui.LoginView;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.GridCells;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConversationsViewTest extends KaribuTest {

    private static final String JOIN_CODE = "[A-HJ-NP-Z2-9]{3}-[A-HJ-NP-Z2-9]{3}";

    @Autowired
    BoardFixture fixture;

    @Autowired
    ConversationService conversations;

    private void openAs(String facilitator) {
        login(facilitator, StaffRole.FACILITATOR);
        navigate("conversations");
        NotificationsKt.clearNotifications();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Conversation> grid(ConversationStatus status) {
        return _get(
                Grid.class, spec -> spec.withId("conversations-" + status.name().toLowerCase()));
    }

    private static List<String> titles(ConversationStatus status) {
        List<Grid> grids = _find(
                Grid.class, spec -> spec.withId("conversations-" + status.name().toLowerCase()));
        return grids.isEmpty()
                ? List.of()
                : GridKt._findAll(grid(status)).stream()
                        .map(Conversation::title)
                        .toList();
    }

    private static int row(ConversationStatus status, Conversation conversation) {
        List<Conversation> rows = GridKt._findAll(grid(status));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(conversation.id())) {
                return i;
            }
        }
        throw new AssertionError(conversation.title() + " is not in the " + status + " grid");
    }

    /** Clicks a button in the actions column of the conversation's row. */
    private static void clickAction(ConversationStatus status, Conversation conversation, String buttonId) {
        Grid<Conversation> grid = grid(status);
        Conversation shown = GridKt._findAll(grid).get(row(status, conversation));
        Component actions = GridCells.component(grid, grid.getColumns().size() - 1, shown);
        _click(_get(actions, Button.class, spec -> spec.withId(buttonId)));
    }

    private static List<String> sectionTitles() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    private static String currentView() {
        return UI.getCurrent().getCurrentView().getClass().getSimpleName();
    }

    @Test
    void aFacilitatorSeesTheirConversationsGroupedAsLivePreparedAndClosed() {
        String facilitator = fixture.facilitator();
        fixture.prepared(facilitator, "Voorbereid: huisuitzetting");
        Conversation live = fixture.live(facilitator, "Nu bezig: mantelzorgboete");
        fixture.close(facilitator, fixture.live(facilitator, "Gesloten: eenzaamheid"));

        openAs(facilitator);

        assertThat(sectionTitles()).containsExactly("Nu bezig (1)", "Voorbereid (1)", "Gesloten (1)");
        assertThat(titles(ConversationStatus.LIVE)).containsExactly("Nu bezig: mantelzorgboete");
        assertThat(titles(ConversationStatus.PREPARED)).containsExactly("Voorbereid: huisuitzetting");
        assertThat(titles(ConversationStatus.CLOSED)).containsExactly("Gesloten: eenzaamheid");
        assertThat(GridKt._getFormatted(grid(ConversationStatus.LIVE), 0, "code"))
                .isEqualTo(live.joinCode().display());
        assertThat(GridKt._getFormatted(grid(ConversationStatus.CLOSED), 0, "code"))
                .isEmpty();
    }

    @Test
    void aCoFacilitatorSeesTheConversationWithWhoRunsItAndCanEditItWhileLive() {
        String facilitator = fixture.facilitator();
        String colleague = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Samen aan tafel");
        fixture.coFacilitators(facilitator, live, colleague);

        openAs(colleague);

        assertThat(titles(ConversationStatus.LIVE)).containsExactly("Samen aan tafel");
        assertThat(GridKt._getFormatted(grid(ConversationStatus.LIVE), 0, "facilitators"))
                .isEqualTo(facilitator + ", " + colleague);
        clickAction(ConversationStatus.LIVE, live, "edit-" + live.id().value());
        assertThat(currentView()).isEqualTo("ConversationEditorView");
    }

    @Test
    void aFacilitatorWithoutConversationsReadsThatThereAreNone() {
        openAs(fixture.facilitator());

        assertThat(sectionTitles()).containsExactly("Nu bezig (0)", "Voorbereid (0)", "Gesloten (0)");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .containsExactly("Geen gesprekken.", "Geen gesprekken.", "Geen gesprekken.");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void goingLiveTurnsAPreparedConversationLiveWithAJoinCode() {
        String facilitator = fixture.facilitator();
        Conversation prepared = fixture.prepared(facilitator, "Klaar om te beginnen");
        openAs(facilitator);

        clickAction(
                ConversationStatus.PREPARED,
                prepared,
                "go-live-" + prepared.id().value());

        assertThat(notificationTexts())
                .containsExactly("Het gesprek is begonnen. Deelnemers kunnen nu meedoen met de code.");
        assertThat(titles(ConversationStatus.PREPARED)).isEmpty();
        assertThat(titles(ConversationStatus.LIVE)).containsExactly("Klaar om te beginnen");
        String shownCode = GridKt._getFormatted(grid(ConversationStatus.LIVE), 0, "code");
        assertThat(shownCode).matches(JOIN_CODE);
        Conversation stored = conversations.get(prepared.id());
        assertThat(stored.status()).isEqualTo(ConversationStatus.LIVE);
        assertThat(stored.joinCode().display()).isEqualTo(shownCode);
    }

    @Test
    void closingALiveConversationAfterConfirmingMovesItToClosedAndEndsItsCode() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Bijna klaar");
        openAs(facilitator);

        clickAction(ConversationStatus.LIVE, live, "close-" + live.id().value());
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Gesprek sluiten?");
        assertThat(ConfirmDialogKt.getText(dialog)).contains("\"Bijna klaar\"");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(notificationTexts()).containsExactly("Het gesprek is gesloten.");
        assertThat(titles(ConversationStatus.LIVE)).isEmpty();
        assertThat(titles(ConversationStatus.CLOSED)).containsExactly("Bijna klaar");
        Conversation stored = conversations.get(live.id());
        assertThat(stored.status()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(stored.joinCode()).isNull();
    }

    @Test
    void cancellingTheCloseDialogKeepsTheConversationLive() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Blijft open");
        openAs(facilitator);

        clickAction(ConversationStatus.LIVE, live, "close-" + live.id().value());
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));

        assertThat(titles(ConversationStatus.LIVE)).containsExactly("Blijft open");
        assertThat(conversations.get(live.id()).status()).isEqualTo(ConversationStatus.LIVE);
        assertThat(notificationTexts()).isEmpty();
    }

    @Test
    void theActionsOpenTheEditorTheBoardAndTheProjector() {
        String facilitator = fixture.facilitator();
        Conversation prepared = fixture.prepared(facilitator, "Nog voorbereiden");
        Conversation live = fixture.live(facilitator, "Al bezig");
        openAs(facilitator);

        clickAction(
                ConversationStatus.PREPARED, prepared, "edit-" + prepared.id().value());
        assertThat(currentView()).isEqualTo("ConversationEditorView");

        navigate("conversations");
        clickAction(ConversationStatus.LIVE, live, "board-" + live.id().value());
        assertThat(currentView()).isEqualTo("FacilitatorBoardView");

        navigate("conversations");
        clickAction(ConversationStatus.LIVE, live, "projector-" + live.id().value());
        assertThat(currentView()).isEqualTo("ProjectorView");

        navigate("conversations");
        _click(_get(Button.class, spec -> spec.withId("new-conversation")));
        assertThat(currentView()).isEqualTo("ConversationEditorView");
    }

    @Test
    void aFacilitatorDoesNotSeeAnotherFacilitatorsConversations() {
        String other = fixture.facilitator();
        fixture.prepared(other, "Van een collega, voorbereid");
        fixture.live(other, "Van een collega, bezig");
        String facilitator = fixture.facilitator();
        fixture.prepared(facilitator, "Van mijzelf");

        openAs(facilitator);

        assertThat(titles(ConversationStatus.PREPARED)).containsExactly("Van mijzelf");
        assertThat(titles(ConversationStatus.LIVE)).isEmpty();
        assertThat(sectionTitles()).containsExactly("Nu bezig (0)", "Voorbereid (1)", "Gesloten (0)");
    }

    @Test
    void anErrorFromTheServiceShowsAsAnErrorNotification() {
        String facilitator = fixture.facilitator();
        Conversation prepared = fixture.prepared(facilitator, "Twee keer beginnen");
        openAs(facilitator);
        fixture.close(facilitator, prepared);

        clickAction(
                ConversationStatus.PREPARED,
                prepared,
                "go-live-" + prepared.id().value());

        assertThat(notificationTexts()).containsExactly("Alleen een voorbereid gesprek kan beginnen.");
        assertThat(NotificationsKt.getNotifications().getFirst().getThemeNames())
                .contains(NotificationVariant.ERROR.getVariantName());
        assertThat(conversations.get(prepared.id()).status()).isEqualTo(ConversationStatus.CLOSED);
    }

    @Test
    void aTeamMemberIsRefusedTheConversationsList() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);

        assertThatThrownBy(() -> navigate("conversations")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAdminWithoutTheFacilitatorRoleIsRefusedTheConversationsList() {
        login(fixture.account("beheer", StaffRole.ADMIN), StaffRole.ADMIN);

        assertThatThrownBy(() -> navigate("conversations")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        navigate("conversations");

        _assertOne(LoginView.class);
    }
}
