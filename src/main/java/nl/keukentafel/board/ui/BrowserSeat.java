package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import nl.keukentafel.conversation.JoinCode;

/**
 * The secret that brings this browser back to its seat at a table, kept in the browser's local
 * storage under the join code: the only server-side code that reads or writes it (a shared tablet's
 * hand-over, scripts/keukentafel-kiosk.js, removes it in the browser). Whether a secret still fits
 * a table is the joining service's rule, not this class's.
 */
final class BrowserSeat {

    private BrowserSeat() {}

    /** Reads the secret kept for the code and hands it (or "" when none) to {@code then}, later. */
    static void read(Component screen, JoinCode code, Consumer<String> then) {
        screen.getElement()
                .executeJs("return localStorage.getItem($0) || ''", key(code))
                .then(String.class, secret -> then.accept(secret == null ? "" : secret));
    }

    /**
     * Keeps the secret for the code, and forgets the seats of earlier conversations: on a shared
     * tablet the next resident must not find the previous one's notes. Page-level, not on a view: a
     * view is detached by the navigation that follows before the script runs.
     */
    static void remember(UI ui, JoinCode code, String secret) {
        ui.getPage()
                .executeJs(
                        "Object.keys(localStorage).filter(k => k.startsWith('kt-participant-'))"
                                + ".forEach(k => localStorage.removeItem(k));"
                                + "localStorage.setItem($0, $1)",
                        key(code),
                        secret);
    }

    /** Forgets a secret that no longer fits, so the browser joins anew. */
    static void forget(UI ui, JoinCode code) {
        ui.getPage().executeJs("localStorage.removeItem($0)", key(code));
    }

    private static String key(JoinCode code) {
        return "kt-participant-" + code.value();
    }
}
