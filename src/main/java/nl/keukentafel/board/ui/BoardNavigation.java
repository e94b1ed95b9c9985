package nl.keukentafel.board.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.JoinCode;

/**
 * The board's screens as other features reach them: typed navigation and links instead of route
 * strings built elsewhere (docs/adr/0009). The routes themselves stay on the views.
 */
public final class BoardNavigation {

    private BoardNavigation() {}

    /** Opens the facilitator's board of a conversation. */
    public static void toFacilitatorBoard(ConversationId id) {
        UI.getCurrent().navigate(FacilitatorBoardView.class, conversation(id));
    }

    /** Opens the projector screen of a conversation. */
    public static void toProjector(ConversationId id) {
        UI.getCurrent().navigate(ProjectorView.class, conversation(id));
    }

    /** The projector's address, for a link that opens it in its own window. */
    public static String projectorLink(ConversationId id) {
        return routes().getUrl(ProjectorView.class, conversation(id));
    }

    /** The address of a closed conversation's board in the archive. */
    public static String archivedBoardLink(ConversationId id) {
        return routes().getUrl(ArchivedBoardView.class, conversation(id));
    }

    /** Where residents type a join code. */
    public static String joinLink() {
        return routes().getUrl(JoinView.class);
    }

    static void toJoin(UI ui, JoinCode code) {
        ui.navigate(JoinView.class, new RouteParameters(JoinView.CODE, code.value()));
    }

    static void toTable(UI ui, JoinCode code) {
        ui.navigate(TableView.class, new RouteParameters(TableView.CODE, code.value()));
    }

    private static RouteParameters conversation(ConversationId id) {
        return new RouteParameters(StaffBoardScreen.ID, String.valueOf(id.value()));
    }

    private static RouteConfiguration routes() {
        return RouteConfiguration.forApplicationScope();
    }
}
