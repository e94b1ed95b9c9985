package nl.keukentafel.board;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import nl.keukentafel.base.AuditLog;
import nl.keukentafel.base.ClientAddress;
import nl.keukentafel.base.TryAgainLaterException;
import nl.keukentafel.security.AttemptThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How fast one tablet may write on a live board, so that nobody can bury it: notes per participant
 * and per client address, changes (edits, withdrawals, consent) per participant, and seats taken
 * per client address. The limits sit far above what a person writes at a table (a note every few
 * seconds for a minute; twice that at once, for a tablet that was offline) and far below what a
 * script does (docs/adr/0006). A refusal says when to try again. The client address is
 * the current request's (an address behind a trusted proxy is the forwarded one); work without a
 * request (demo set-up, tests of the services) is limited per participant only.
 */
@Component
class WriteLimits {

    private static final int MAX_KEYS = 50_000;

    private final AttemptThrottle notesPerParticipant;
    private final AttemptThrottle notesPerClient;
    private final AttemptThrottle changesPerParticipant;
    private final AttemptThrottle joinsPerClient;

    WriteLimits(
            @Value("${keukentafel.limits.notes-per-participant:10}") int notesPerParticipant,
            @Value("${keukentafel.limits.notes-per-client:120}") int notesPerClient,
            @Value("${keukentafel.limits.changes-per-participant:30}") int changesPerParticipant,
            @Value("${keukentafel.limits.period:1m}") Duration period,
            @Value("${keukentafel.limits.joins-per-client:20}") int joinsPerClient,
            @Value("${keukentafel.limits.joins-period:10m}") Duration joinsPeriod) {
        // Twice the steady rate at once: a tablet that was offline sends what it wrote in one go.
        this.notesPerParticipant = new AttemptThrottle(2 * notesPerParticipant, notesPerParticipant, period, MAX_KEYS);
        this.notesPerClient = new AttemptThrottle(notesPerClient, period, MAX_KEYS);
        this.changesPerParticipant = new AttemptThrottle(changesPerParticipant, period, MAX_KEYS);
        this.joinsPerClient = new AttemptThrottle(joinsPerClient, joinsPeriod, MAX_KEYS);
    }

    /** Before a new note: refuses with a plain message when this writer or client wrote too much. */
    void note(ParticipantPass pass) {
        if (!notesPerParticipant.tryAcquire(participant(pass))) {
            refuse("notes", participant(pass), "limit.notes", notesPerParticipant);
        }
        Optional<String> client = currentClient();
        if (client.isPresent() && !notesPerClient.tryAcquire(client.get())) {
            refuse("notes", client.get(), "limit.notes", notesPerClient);
        }
    }

    /** Before an edit, a withdrawal or a changed consent. */
    void change(ParticipantPass pass) {
        if (!changesPerParticipant.tryAcquire(participant(pass))) {
            refuse("changes", participant(pass), "limit.changes", changesPerParticipant);
        }
    }

    /** Before a seat is taken. */
    void join() {
        Optional<String> client = currentClient();
        if (client.isPresent() && !joinsPerClient.tryAcquire(client.get())) {
            refuse("joins", client.get(), "limit.joins", joinsPerClient);
        }
    }

    private static void refuse(String what, String key, String messageKey, AttemptThrottle limit) {
        AuditLog.event("board.limit-reached", "what", what, "by", key);
        Duration wait = limit.waitFor(key);
        throw new TryAgainLaterException(wait.isZero() ? Duration.ofSeconds(1) : wait, messageKey);
    }

    private static String participant(ParticipantPass pass) {
        return "participant:" + pass.participantId().value();
    }

    private static Optional<String> currentClient() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return Optional.of("client:" + ClientAddress.key(request.getRemoteAddr()));
        }
        return Optional.empty();
    }
}
