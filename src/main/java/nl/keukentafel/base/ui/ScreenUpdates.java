package nl.keukentafel.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Delivers live updates to one screen. Called from any thread: when the screen's session is
 * already locked by this thread it renders at once, otherwise it queues one {@code UI.access} and
 * pushes. Updates arriving faster than the screen renders collapse into the newest one.
 */
public final class ScreenUpdates<T> implements Consumer<T> {

    private final UI ui;
    private final Consumer<T> render;
    private final AtomicReference<T> pending = new AtomicReference<>();

    public ScreenUpdates(UI ui, Consumer<T> render) {
        this.ui = ui;
        this.render = render;
    }

    @Override
    public void accept(T update) {
        VaadinSession session = ui.getSession();
        if (session != null && session.hasLock() && VaadinSession.getCurrent() == session) {
            pending.set(null);
            render.accept(update);
            return;
        }
        if (pending.getAndSet(update) == null) {
            ui.access(() -> {
                T latest = pending.getAndSet(null);
                if (latest != null) {
                    render.accept(latest);
                }
            });
        }
    }
}
