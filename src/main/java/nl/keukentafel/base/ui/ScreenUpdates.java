package nl.keukentafel.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Delivers live updates to one screen, from any thread. When this thread already holds the
 * screen's session it renders at once; otherwise it queues one {@code UI.access}, which pushes.
 * Updates carry a version (a board's sequence number): the newest wins, updates arriving faster
 * than the screen renders collapse into it, and an older one never replaces a newer one.
 */
public final class ScreenUpdates<T> implements Consumer<T> {

    private final UI ui;
    private final Consumer<T> render;
    private final ToLongFunction<T> version;
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final AtomicLong rendered = new AtomicLong(Long.MIN_VALUE);

    public ScreenUpdates(UI ui, ToLongFunction<T> version, Consumer<T> render) {
        this.ui = ui;
        this.version = version;
        this.render = render;
    }

    @Override
    public void accept(T update) {
        VaadinSession session = ui.getSession();
        if (session != null && session.hasLock() && VaadinSession.getCurrent() == session) {
            renderIfNewer(update);
            return;
        }
        T previous = pending.getAndAccumulate(
                update,
                (current, next) ->
                        current == null || version.applyAsLong(next) >= version.applyAsLong(current) ? next : current);
        if (previous == null) {
            ui.access(() -> {
                T latest = pending.getAndSet(null);
                if (latest != null) {
                    renderIfNewer(latest);
                }
            });
        }
    }

    /** Runs with the session lock held. */
    private void renderIfNewer(T update) {
        long next = version.applyAsLong(update);
        if (next < rendered.get()) {
            return;
        }
        rendered.set(next);
        render.accept(update);
    }
}
