package nl.keukentafel.conversation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import nl.keukentafel.conversation.ConversationId;

/** Typed navigation to the facilitator's conversation screens (docs/adr/0009). */
public final class ConversationNavigation {

    private ConversationNavigation() {}

    /** The facilitator's list of conversations. */
    public static void toConversations() {
        UI.getCurrent().navigate(ConversationsView.class);
    }

    /** The form for preparing a new conversation. */
    public static void toNewConversation() {
        UI.getCurrent().navigate(ConversationEditorView.class);
    }

    /** The form for changing a prepared or live conversation. */
    public static void toEdit(ConversationId id) {
        UI.getCurrent()
                .navigate(
                        ConversationEditorView.class,
                        new RouteParameters(ConversationEditorView.ID, String.valueOf(id.value())));
    }
}
