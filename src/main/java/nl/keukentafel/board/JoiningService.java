package nl.keukentafel.board;

import java.util.Optional;
import nl.keukentafel.base.TextInput;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.conversation.JoinCode;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking a seat at a live conversation without an account, and coming back to it: by a code that
 * is throttled against guessing, and by the secret the browser keeps. Only this service issues
 * {@link ParticipantPass}es.
 */
@Service
public class JoiningService {

    /** Longest name a participant can give. */
    public static final int MAX_NAME_LENGTH = 60;

    /** Version of the plain-language explanation a participant accepts when joining. */
    public static final String CONSENT_VERSION = "2026-12-consent-per-note";

    private final BoardRepository repository;
    private final ConversationService conversations;
    private final JoinThrottle joinThrottle;
    private final WriteLimits limits;

    JoiningService(
            BoardRepository repository,
            ConversationService conversations,
            JoinThrottle joinThrottle,
            WriteLimits limits) {
        this.repository = repository;
        this.conversations = conversations;
        this.joinThrottle = joinThrottle;
        this.limits = limits;
    }

    /**
     * Looks up a live conversation by the code a person typed. Wrong codes count against the
     * client and against everyone, so codes cannot be guessed.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Conversation findLiveConversation(String typedCode, String client) {
        if (joinThrottle.isBlocked(client)) {
            throw new UserMessageException("join.error.throttled");
        }
        Optional<Conversation> live = JoinCode.parse(typedCode).flatMap(conversations::findLive);
        if (live.isEmpty()) {
            joinThrottle.recordFailure(client);
            throw new UserMessageException("join.error.unknown-code");
        }
        return live.get();
    }

    /** Seats a new participant at a live conversation, after they accepted the explanation. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Joined join(JoinCode code, @Nullable String name, boolean anonymous, TableRole role, boolean consent) {
        if (!consent) {
            throw new UserMessageException("join.error.consent");
        }
        String typed = name == null ? "" : TextInput.line(name).strip();
        String cleanName = typed.isEmpty() ? null : typed;
        if (cleanName != null && cleanName.length() > MAX_NAME_LENGTH) {
            throw new UserMessageException("join.error.name-length", MAX_NAME_LENGTH);
        }
        if (cleanName == null && !anonymous) {
            throw new UserMessageException("join.error.name-required");
        }
        Conversation conversation =
                conversations.findLive(code).orElseThrow(() -> new UserMessageException("join.error.unknown-code"));
        limits.join();
        long seq = repository
                .nextSeqIfLive(conversation.id())
                .orElseThrow(() -> new UserMessageException("board.error.closed"))
                .seq();
        String secret = Secrets.newSecret();
        long id = repository.insertParticipant(
                conversation.id(), Secrets.hash(secret), cleanName, anonymous, role, CONSENT_VERSION, seq);
        return new Joined(new ParticipantPass(new ParticipantId(id), conversation.id()), secret);
    }

    /**
     * The same participant again, from the secret their browser kept under this join code: only
     * when they sit at the conversation that has the code now, or at a closed one whose code no live
     * conversation has drawn since. A browser that sat at an earlier conversation with the same code
     * gets nothing, and joins the new one anew.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ParticipantPass> resume(String browserSecret, JoinCode code) {
        if (browserSecret.isBlank() || browserSecret.length() > 100) {
            return Optional.empty();
        }
        return repository.findPass(Secrets.hash(browserSecret), code);
    }

    /**
     * The participant whose browser keeps this secret, wherever they sat, for their own notes page
     * after the conversation; empty when the secret fits no seat (or the participant was erased).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ParticipantPass> seatOf(String browserSecret) {
        if (browserSecret.isBlank() || browserSecret.length() > 100) {
            return Optional.empty();
        }
        return repository.findPass(Secrets.hash(browserSecret));
    }
}
