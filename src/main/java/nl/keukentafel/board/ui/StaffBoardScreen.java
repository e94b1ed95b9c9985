package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.ScreenUpdates;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardUpdate;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.StaffScreenPass;
import nl.keukentafel.conversation.ConversationId;
import org.jspecify.annotations.Nullable;

/** What the staff board screens share: their conversation from the route, and watching it while shown. */
final class StaffBoardScreen {

    /** The route parameter with the conversation's id. */
    static final String ID = "id";

    private StaffBoardScreen() {}

    /**
     * Opens what the route's {@code :id} names with {@code open} (a service call that checks the
     * staff member's access); anything that is not there, or not theirs, shows "not found" (never
     * whether it exists).
     */
    static <T> Optional<T> open(BeforeEnterEvent event, Function<ConversationId, T> open) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            if (id > 0) {
                return Optional.of(open.apply(new ConversationId(id)));
            }
        } catch (NumberFormatException | UserMessageException e) {
            // Not a number, or not this staff member's: falls through to "not found".
        }
        event.rerouteToError(NotFoundException.class);
        return Optional.empty();
    }

    /**
     * Watches the board the view opened (once the route has set its pass) while the view is
     * attached, rendering each update with {@code render}.
     */
    static void watchWhileAttached(
            Component view,
            BoardWatchService boards,
            Supplier<@Nullable StaffScreenPass> pass,
            Consumer<BoardContent> render) {
        AtomicReference<Registration> watching = new AtomicReference<>();
        view.addAttachListener(event -> {
            StaffScreenPass shown = pass.get();
            if (shown != null) {
                watching.set(boards.follow(
                        shown,
                        new ScreenUpdates<>(
                                event.getUI(), BoardUpdate::seq, update -> render.accept(update.content()))));
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
