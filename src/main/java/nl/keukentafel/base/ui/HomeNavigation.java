package nl.keukentafel.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;

/** Typed navigation to the staff home view, for the other features' screens. */
public final class HomeNavigation {

    private HomeNavigation() {}

    /** Sends a navigation that is about to happen to the home view instead. */
    public static void forwardHome(BeforeEnterEvent event) {
        event.forwardTo(HomeView.class);
    }
}
