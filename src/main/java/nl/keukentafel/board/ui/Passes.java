package nl.keukentafel.board.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.keukentafel.board.ParticipantPass;
import nl.keukentafel.conversation.JoinCode;

/** The participant passes of this browser session, by join code. */
final class Passes implements Serializable {

    private final Map<String, ParticipantPass> byCode = new HashMap<>();

    private Passes() {}

    static Optional<ParticipantPass> get(JoinCode code) {
        return Optional.ofNullable(of(VaadinSession.getCurrent()).byCode.get(code.value()));
    }

    static void put(JoinCode code, ParticipantPass pass) {
        of(VaadinSession.getCurrent()).byCode.put(code.value(), pass);
    }

    /** Forgets the pass for the code, e.g. when a shared tablet goes to the next person. */
    static void forget(JoinCode code) {
        of(VaadinSession.getCurrent()).byCode.remove(code.value());
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
