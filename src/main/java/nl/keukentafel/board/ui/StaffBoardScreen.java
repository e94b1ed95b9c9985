package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;

/** What the staff board screens share: their conversation from the route, and watching it while shown. */
final class StaffBoardScreen {

    private StaffBoardScreen() {}

    /**
     * The conversation named by the route's {@code :id} that this staff member may open and that
     * passes {@code allowed}; otherwise the screen shows "not found" (never whether it exists).
     */
    static Optional<Conversation> conversation(
            BeforeEnterEvent event, ConversationService conversations, Predicate<Conversation> allowed) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            Conversation conversation = conversations.get(new ConversationId(id));
            if (allowed.test(conversation)) {
                return Optional.of(conversation);
            }
        } catch (NumberFormatException | UserMessageException e) {
            // Falls through to "not found".
        }
        event.rerouteToError(NotFoundException.class);
        return Optional.empty();
    }

    /** Starts watching when the view is attached and stops when it is detached. */
    static void watchWhileAttached(Component view, Function<UI, Optional<Registration>> watch) {
        AtomicReference<Registration> watching = new AtomicReference<>();
        view.addAttachListener(event -> watch.apply(event.getUI()).ifPresent(watching::set));
        view.addDetachListener(event -> {
            Registration registration = watching.getAndSet(null);
            if (registration != null) {
                registration.remove();
            }
        });
    }
}
