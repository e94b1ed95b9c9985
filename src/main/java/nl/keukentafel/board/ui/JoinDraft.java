package nl.keukentafel.board.ui;

import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where someone is in the join steps and what they answered so far, kept in their own session
 * (never in the database or the address bar) so that a reload, such as the one a language switch
 * makes, brings them back to the same step. Forgotten once they have joined, and not used after
 * half an hour.
 *
 * @param typedCode what is in the code field on the code step
 * @param code the code of the conversation found, from the name step on
 */
record JoinDraft(
        Step step,
        String typedCode,
        @Nullable String code,
        @Nullable String name,
        boolean anonymous,
        @Nullable JoinChoice choice,
        Instant kept) {

    enum Step {
        CODE,
        NAME,
        ROLE,
        CONSENT
    }

    static final Duration FRESH = Duration.ofMinutes(30);
    private static final String KEY = JoinDraft.class.getName();

    JoinDraft(
            Step step,
            String typedCode,
            @Nullable String code,
            @Nullable String name,
            boolean anonymous,
            @Nullable JoinChoice choice) {
        this(step, typedCode, code, name, anonymous, choice, Instant.now());
    }

    /** Whether this draft belongs on a join page opened with {@code routeCode} (none: typed). */
    boolean fits(@Nullable String routeCode) {
        if (Instant.now().isAfter(kept.plus(FRESH))) {
            return false;
        }
        return routeCode == null || routeCode.equalsIgnoreCase(code == null ? typedCode : code);
    }

    static void keep(@Nullable VaadinSession session, JoinDraft draft) {
        if (session != null) {
            session.setAttribute(KEY, draft);
        }
    }

    static @Nullable JoinDraft take(@Nullable VaadinSession session) {
        if (session == null) {
            return null;
        }
        Object draft = session.getAttribute(KEY);
        session.setAttribute(KEY, null);
        return draft instanceof JoinDraft d ? d : null;
    }

    static void forget(@Nullable VaadinSession session) {
        if (session != null) {
            session.setAttribute(KEY, null);
        }
    }
}
