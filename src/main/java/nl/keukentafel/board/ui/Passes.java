package nl.keukentafel.board.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.keukentafel.board.ParticipantPass;

/**
 * The participant passes of this browser session, by join code, and the name of the browser's
 * storage key that keeps the secret across reloads and expired sessions.
 */
final class Passes implements Serializable {

    private final Map<String, ParticipantPass> byCode = new HashMap<>();

    private Passes() {}

    static String storageKey(String code) {
        return "kt-participant-" + code;
    }

    static Optional<ParticipantPass> get(String code) {
        return Optional.ofNullable(of(VaadinSession.getCurrent()).byCode.get(code));
    }

    static void put(String code, ParticipantPass pass) {
        of(VaadinSession.getCurrent()).byCode.put(code, pass);
    }

    private static Passes of(VaadinSession session) {
        Passes passes = session.getAttribute(Passes.class);
        if (passes == null) {
            passes = new Passes();
            session.setAttribute(Passes.class, passes);
        }
        return passes;
    }
}
