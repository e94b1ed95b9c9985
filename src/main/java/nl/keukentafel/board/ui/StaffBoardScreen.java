package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.ScreenUpdates;
import nl.keukentafel.board.Audience;
import nl.keukentafel.board.BoardService;
import nl.keukentafel.board.BoardView;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import org.jspecify.annotations.Nullable;

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

    /**
     * Watches the board of the view's conversation (once the route has set it) as {@code audience}
     * while the view is attached, rendering each update with {@code render}.
     */
    static void watchWhileAttached(
            Component view,
            BoardService boards,
            Audience audience,
            Supplier<@Nullable Conversation> conversation,
            Consumer<BoardView> render) {
        AtomicReference<Registration> watching = new AtomicReference<>();
        view.addAttachListener(event -> {
            Conversation shown = conversation.get();
            if (shown != null) {
                watching.set(boards.watchAsStaff(
                        shown.id(), audience, new ScreenUpdates<>(event.getUI(), BoardView::seq, render)));
            }
        });
        view.addDetachListener(event -> {
            Registration registration = watching.getAndSet(null);
            if (registration != null) {
                registration.remove();
            }
        });
    }
}
