package nl.keukentafel.board;

import java.util.List;
import java.util.Locale;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.BoardSnapshot.NoteRow;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.redaction.PiiSpan;
import nl.keukentafel.redaction.PiiType;
import nl.keukentafel.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person decides in the end: team members and admins see, for a released note, the original text
 * with what the redaction step would replace, and add a redaction it missed or keep a fragment it
 * should not have touched. Decisions are stored per note and applied after every detection (see
 * {@link RedactionCorrections}). Only notes that are released at all can be reviewed; every view of
 * an original and every correction is in the audit trail.
 */
@Service
public class RedactionReview {

    /** A released note's original text, the spans the release replaces, and the redacted result. */
    public record ReviewedNote(
            NoteId id, String original, List<PiiSpan> spans, List<PiiSpan> knownNames, String redacted) {}

    private final BoardReader reader;
    private final ReleaseGate gate;
    private final RedactionCorrections corrections;
    private final ConversationService conversations;
    private final AuditTrail audit;
    private final ReviewIndex reviewIndex;

    RedactionReview(
            BoardReader reader,
            ReleaseGate gate,
            RedactionCorrections corrections,
            ConversationService conversations,
            AuditTrail audit,
            ReviewIndex reviewIndex) {
        this.reader = reader;
        this.gate = gate;
        this.corrections = corrections;
        this.conversations = conversations;
        this.audit = audit;
        this.reviewIndex = reviewIndex;
    }

    /** Opens a released note of a closed conversation for review; the view of the original is logged. */
    @PreAuthorize("hasAnyRole('TEAM_MEMBER', 'ADMIN')")
    @Transactional
    public ReviewedNote review(ConversationId conversationId, NoteId noteId, Locale locale) {
        ReviewedNote note = reviewed(conversationId, noteId, locale);
        audit.record(AuditAction.ORIGINAL_VIEWED, conversationId.value(), noteId.value(), 1);
        return note;
    }

    /** Keeps a fragment the detector would replace; applies while the text has it at that place. */
    @PreAuthorize("hasAnyRole('TEAM_MEMBER', 'ADMIN')")
    @Transactional
    public ReviewedNote keep(ConversationId conversationId, NoteId noteId, int start, int end, Locale locale) {
        ReviewedNote note = reviewed(conversationId, noteId, locale);
        checkRange(note.original(), start, end);
        if (note.knownNames().stream().anyMatch(span -> span.start() < end && start < span.end())) {
            throw new UserMessageException("redaction.error.known-name");
        }
        corrections.add(
                new RedactionCorrections.Correction(
                        noteId, false, start, end, note.original().substring(start, end), null),
                staff());
        audit.record(AuditAction.REDACTION_CORRECTED, conversationId.value(), noteId.value(), 1);
        reviewIndex.refresh(conversationId);
        return reviewed(conversationId, noteId, locale);
    }

    /** Redacts every occurrence of a fragment the detector missed, as the given type. */
    @PreAuthorize("hasAnyRole('TEAM_MEMBER', 'ADMIN')")
    @Transactional
    public ReviewedNote redact(
            ConversationId conversationId, NoteId noteId, String fragment, PiiType type, Locale locale) {
        ReviewedNote note = reviewed(conversationId, noteId, locale);
        String wanted = fragment.strip();
        if (wanted.isEmpty()) {
            throw new UserMessageException("redaction.error.empty");
        }
        int at = note.original().indexOf(wanted);
        if (at < 0) {
            throw new UserMessageException("redaction.error.not-in-text");
        }
        while (at >= 0) {
            corrections.add(
                    new RedactionCorrections.Correction(noteId, true, at, at + wanted.length(), wanted, type), staff());
            at = note.original().indexOf(wanted, at + wanted.length());
        }
        audit.record(AuditAction.REDACTION_CORRECTED, conversationId.value(), noteId.value(), 1);
        reviewIndex.refresh(conversationId);
        return reviewed(conversationId, noteId, locale);
    }

    private ReviewedNote reviewed(ConversationId conversationId, NoteId noteId, Locale locale) {
        Conversation conversation = conversations.get(conversationId);
        if (!conversation.isClosed()) {
            throw new UserMessageException("note.error.not-found");
        }
        BoardSnapshot snapshot = reader.load(conversationId);
        ReleaseGate.Release release = gate.release(snapshot, conversation);
        Visibility.Archive released = gate.visibility(ReadPurpose.ARCHIVE, release, locale);
        NoteRow note = snapshot.notes().stream()
                .filter(n -> n.id().equals(noteId) && released.shows(n) && !n.redactedOnly())
                .findFirst()
                .orElseThrow(() -> new UserMessageException("note.error.not-found"));
        List<PiiSpan> spans = gate.spans(note, release);
        List<PiiSpan> known = gate.knownNameSpans(note.text(), release.names());
        return new ReviewedNote(noteId, note.text(), spans, known, gate.redact(note.text(), spans, locale));
    }

    private static void checkRange(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new UserMessageException("redaction.error.not-in-text");
        }
    }

    private static String staff() {
        return CurrentStaff.username().orElseThrow();
    }
}
