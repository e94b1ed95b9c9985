package nl.keukentafel.board;

import com.vaadin.flow.shared.Registration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.BoardRepository.StoredNote;
import nl.keukentafel.board.BoardSnapshot.NoteStatus;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationClosed;
import nl.keukentafel.conversation.ConversationEdited;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.conversation.ConversationWentLive;
import nl.keukentafel.conversation.JoinCode;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that happens on a live board. Residents act through a {@link ParticipantPass} that
 * only this service issues, and every method checks that the note or board belongs to the pass's
 * own conversation. Staff act through their roles and ownership of the conversation.
 */
@Service
public class BoardService {

    /** Longest note, in characters. */
    public static final int MAX_NOTE_LENGTH = 500;

    /** Longest name a participant can give. */
    public static final int MAX_NAME_LENGTH = 60;

    /** Version of the plain-language explanation a participant accepts when joining. */
    public static final String CONSENT_VERSION = "2026-11-table-only";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BoardRepository repository;
    private final ConversationService conversations;
    private final LiveBoards liveBoards;
    private final JoinThrottle joinThrottle;

    BoardService(
            BoardRepository repository,
            ConversationService conversations,
            LiveBoards liveBoards,
            JoinThrottle joinThrottle) {
        this.repository = repository;
        this.conversations = conversations;
        this.liveBoards = liveBoards;
        this.joinThrottle = joinThrottle;
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
        String cleanName = name == null ? null : name.strip();
        if (cleanName != null && cleanName.isEmpty()) {
            cleanName = null;
        }
        if (cleanName != null && cleanName.length() > MAX_NAME_LENGTH) {
            throw new UserMessageException("join.error.name-length", MAX_NAME_LENGTH);
        }
        if (cleanName == null && !anonymous) {
            throw new UserMessageException("join.error.name-required");
        }
        Conversation conversation =
                conversations.findLive(code).orElseThrow(() -> new UserMessageException("join.error.unknown-code"));
        String secret = newSecret();
        long seq = repository.nextSeq(conversation.id());
        long id = repository.insertParticipant(
                conversation.id(), hash(secret), cleanName, anonymous, role, CONSENT_VERSION, seq);
        return new Joined(new ParticipantPass(id, conversation.id()), secret);
    }

    /** The same participant again, from the secret their browser kept. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ParticipantPass> resume(String browserSecret) {
        if (browserSecret.isBlank() || browserSecret.length() > 100) {
            return Optional.empty();
        }
        return repository.findPassByTokenHash(hash(browserSecret));
    }

    /**
     * Places a note. Sending the same {@code clientId} again returns the stored note and changes
     * nothing, so a tablet may resend after a lost connection.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public NoteId addNote(ParticipantPass pass, UUID clientId, String category, String text) {
        Optional<StoredNote> known = repository.findNoteByClientId(clientId);
        if (known.isPresent()) {
            return sameAuthor(pass, known.get());
        }
        String cleanText = validText(text);
        Conversation conversation = openBoard(pass.conversationId());
        if (!conversation.template().hasCategory(category)) {
            throw new UserMessageException("note.error.category");
        }
        long seq = repository.nextSeq(conversation.id());
        Optional<Long> id =
                repository.insertNote(conversation.id(), clientId, pass.participantId(), category, cleanText, seq);
        if (id.isEmpty()) {
            // A concurrent resend of the same note won the race: keep theirs.
            return sameAuthor(pass, repository.findNoteByClientId(clientId).orElseThrow());
        }
        return new NoteId(id.get());
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void editNote(ParticipantPass pass, NoteId noteId, String text) {
        String cleanText = validText(text);
        StoredNote note = ownNote(pass, noteId);
        if (note.status() != NoteStatus.ACTIVE) {
            throw new UserMessageException("note.error.not-found");
        }
        openBoard(note.conversation());
        repository.updateNoteText(noteId, cleanText, repository.nextSeq(note.conversation()));
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void withdrawNote(ParticipantPass pass, NoteId noteId) {
        StoredNote note = ownNote(pass, noteId);
        openBoard(note.conversation());
        repository.updateNoteStatus(noteId, NoteStatus.WITHDRAWN, repository.nextSeq(note.conversation()));
    }

    /** Moderation: the note disappears from every screen but the facilitator's. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void hideNote(ConversationId conversationId, NoteId noteId) {
        setModeration(conversationId, noteId, NoteStatus.HIDDEN);
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void unhideNote(ConversationId conversationId, NoteId noteId) {
        setModeration(conversationId, noteId, NoteStatus.ACTIVE);
    }

    /** The conversation a participant belongs to (its board may be closed). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Conversation conversationOf(ParticipantPass pass) {
        return conversations.findForBoard(pass.conversationId()).orElseThrow();
    }

    /** Watches the participant's own board; the listener receives views filtered for them. */
    @PreAuthorize("permitAll()")
    public Registration watchAsParticipant(ParticipantPass pass, Consumer<BoardView> listener) {
        long viewer = pass.participantId();
        return liveBoards.watch(
                pass.conversationId(), snapshot -> listener.accept(snapshot.viewFor(Audience.PARTICIPANT, viewer)));
    }

    /**
     * Watches a board as staff: the facilitator who runs it sees everything (FACILITATOR or
     * PROJECTOR audience); a team member reviews closed boards (REVIEW audience).
     */
    @PreAuthorize(Roles.IS_STAFF)
    public Registration watchAsStaff(ConversationId id, Audience audience, Consumer<BoardView> listener) {
        Conversation conversation = conversations.get(id);
        boolean manager = ConversationService.mayManage(conversation);
        if ((audience == Audience.FACILITATOR || audience == Audience.PROJECTOR) && !manager) {
            throw new UserMessageException("conversation.error.not-found");
        }
        if (audience == Audience.PARTICIPANT) {
            throw new IllegalArgumentException("Staff do not watch as a participant");
        }
        return liveBoards.watch(id, snapshot -> listener.accept(snapshot.viewFor(audience, null)));
    }

    @EventListener
    void on(ConversationWentLive event) {
        repository.nextSeq(event.id());
    }

    @EventListener
    void on(ConversationClosed event) {
        repository.nextSeq(event.id());
    }

    /** A live board shows the new title and question at once. */
    @EventListener
    void on(ConversationEdited event) {
        repository.nextSeq(event.id());
    }

    private void setModeration(ConversationId conversationId, NoteId noteId, NoteStatus status) {
        Conversation conversation = conversations.get(conversationId);
        if (!ConversationService.mayManage(conversation)) {
            throw new UserMessageException("conversation.error.not-found");
        }
        if (!conversation.isLive()) {
            throw new UserMessageException("board.error.closed");
        }
        StoredNote note = repository
                .findNote(noteId)
                .filter(n -> n.conversation().equals(conversationId))
                .orElseThrow(() -> new UserMessageException("note.error.not-found"));
        if (note.status() == NoteStatus.WITHDRAWN) {
            throw new UserMessageException("note.error.not-found");
        }
        repository.updateNoteStatus(noteId, status, repository.nextSeq(conversationId));
    }

    private Conversation openBoard(ConversationId id) {
        Conversation conversation = conversations.findForBoard(id).orElseThrow();
        if (!conversation.isLive()) {
            throw new UserMessageException("board.error.closed");
        }
        return conversation;
    }

    private StoredNote ownNote(ParticipantPass pass, NoteId noteId) {
        return repository
                .findNote(noteId)
                .filter(n ->
                        n.conversation().equals(pass.conversationId()) && n.participantId() == pass.participantId())
                .orElseThrow(() -> new UserMessageException("note.error.not-found"));
    }

    private static NoteId sameAuthor(ParticipantPass pass, StoredNote note) {
        if (note.participantId() != pass.participantId() || !note.conversation().equals(pass.conversationId())) {
            throw new UserMessageException("note.error.not-found");
        }
        return new NoteId(note.id());
    }

    private static String validText(String text) {
        String clean = text.strip();
        if (clean.isEmpty()) {
            throw new UserMessageException("note.error.empty");
        }
        if (clean.length() > MAX_NOTE_LENGTH) {
            throw new UserMessageException("note.error.too-long", MAX_NOTE_LENGTH, clean.length());
        }
        return clean;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
