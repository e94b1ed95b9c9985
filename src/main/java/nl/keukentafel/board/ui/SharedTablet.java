package nl.keukentafel.board.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether this browser session is a tablet that goes round the table ({@link KioskMode}), kept in
 * the session so that it holds across every hand-over, reload and join. Only whoever knows the
 * code shown when it was switched on can switch it off again: a resident cannot turn off the
 * hand-over by accident.
 *
 * @param offCode the four digits that switch it off
 * @param ready whether a hand-over just happened and the next person has not been told yet
 */
record SharedTablet(String offCode, boolean ready) implements Serializable {

    private static final String KEY = SharedTablet.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    static Optional<SharedTablet> of(@Nullable VaadinSession session) {
        return session != null && session.getAttribute(KEY) instanceof SharedTablet tablet
                ? Optional.of(tablet)
                : Optional.empty();
    }

    static boolean isOn(@Nullable VaadinSession session) {
        return of(session).isPresent();
    }

    /** A new code for switching off, shown to the person before they switch on. */
    static String newCode() {
        return String.valueOf(1000 + RANDOM.nextInt(9000));
    }

    /** Switches on with the code shown to the person; a tablet that is already on keeps its code. */
    static void switchOn(VaadinSession session, String offCode) {
        if (of(session).isEmpty()) {
            session.setAttribute(KEY, new SharedTablet(offCode, false));
        }
    }

    /** Switches off when {@code typed} is the code; returns whether it did. */
    static boolean switchOff(VaadinSession session, String typed) {
        Optional<SharedTablet> tablet = of(session);
        if (tablet.isEmpty() || !tablet.get().offCode().equals(typed.strip())) {
            return false;
        }
        session.setAttribute(KEY, null);
        return true;
    }

    /** Notes that the tablet was just handed over, so the next person's first screen says so. */
    static void handedOver(VaadinSession session) {
        of(session).ifPresent(tablet -> session.setAttribute(KEY, new SharedTablet(tablet.offCode(), true)));
    }

    /** Whether the next person still has to be told that the tablet is ready; tells only once. */
    static boolean takeReady(VaadinSession session) {
        Optional<SharedTablet> tablet = of(session).filter(SharedTablet::ready);
        tablet.ifPresent(t -> session.setAttribute(KEY, new SharedTablet(t.offCode(), false)));
        return tablet.isPresent();
    }
}
