package nl.keukentafel.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.keukentafel.base.Translations;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.redaction.PiiDetector;
import nl.keukentafel.redaction.PiiSpan;
import nl.keukentafel.redaction.PiiType;
import org.springframework.stereotype.Component;

/**
 * The one way out of a table: builds the {@link Visibility.Archive} through which every read for
 * people who were not at the table passes (archive, review, reports, exports). It releases only
 * notes whose author allowed it for the purpose, redacts every personal detail the detector finds
 * plus the names of everyone at the table and the facilitator, applies what staff corrected, and
 * shows no name (docs/privacy.md, docs/redaction.md).
 */
@Component
class ReleaseGate {

    private final PiiDetector detector;
    private final RedactionCorrections corrections;
    private final Translations translations;

    ReleaseGate(PiiDetector detector, RedactionCorrections corrections, Translations translations) {
        this.detector = detector;
        this.corrections = corrections;
        this.translations = translations;
    }

    /**
     * What redacting one board needs from the database, read once: the names that are always
     * redacted and the staff's corrections per note.
     */
    record Release(List<String> names, Map<NoteId, List<RedactionCorrections.Correction>> corrected) {}

    Release release(BoardSnapshot snapshot, Conversation conversation) {
        return new Release(knownNames(snapshot, conversation), corrections.forConversation(conversation.id()));
    }

    Visibility.Archive visibility(
            ReadPurpose purpose, BoardSnapshot snapshot, Conversation conversation, Locale locale) {
        return visibility(purpose, release(snapshot, conversation), locale);
    }

    Visibility.Archive visibility(ReadPurpose purpose, Release release, Locale locale) {
        return new Visibility.Archive(
                purpose.minimumConsent(), note -> redact(note.text(), spans(note, release), locale));
    }

    /**
     * What the detector finds in a note, with the staff's corrections applied. The names of the
     * people at the table stay redacted whatever a correction says.
     */
    List<PiiSpan> spans(BoardSnapshot.NoteRow note, Release release) {
        String text = note.text();
        List<String> names = release.names();
        List<PiiSpan> found = new ArrayList<>(detector.detect(text, names));
        for (RedactionCorrections.Correction correction : release.corrected().getOrDefault(note.id(), List.of())) {
            if (!correction.fits(text)) {
                continue;
            }
            if (correction.redact()) {
                found.add(new PiiSpan(correction.start(), correction.end(), correction.type()));
            } else {
                found.removeIf(span -> span.start() < correction.end() && correction.start() < span.end());
            }
        }
        found.addAll(detector.knownNames(text, names));
        return found;
    }

    /** Everyone at the table (also those erased since) and the facilitator: always redacted. */
    private List<String> knownNames(BoardSnapshot snapshot, Conversation conversation) {
        List<String> names = new ArrayList<>(snapshot.participantNames());
        names.addAll(corrections.erasedNames(conversation.id()));
        names.add(conversation.facilitatorName());
        return names;
    }

    /**
     * A text the facilitator wrote for the whole table (an agreement), as it may leave the table:
     * every personal detail the detector finds and every name of the people at the table redacted.
     */
    String redactTableText(String text, Release release, Locale locale) {
        List<PiiSpan> found = new ArrayList<>(detector.detect(text, release.names()));
        found.addAll(detector.knownNames(text, release.names()));
        return redact(text, found, locale);
    }

    /** Where the names of the people at the table are in a text. */
    List<PiiSpan> knownNameSpans(String text, List<String> names) {
        return detector.knownNames(text, names);
    }

    /** The text with every span replaced by its placeholder; overlapping spans merge. */
    String redact(String text, List<PiiSpan> spans, Locale locale) {
        if (spans.isEmpty()) {
            return text;
        }
        List<PiiSpan> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt(PiiSpan::start).thenComparing(s -> -s.end()));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (PiiSpan span : ordered) {
            if (span.end() <= at) {
                continue;
            }
            if (span.start() >= at) {
                out.append(text, at, span.start());
                out.append(placeholder(span.type(), locale));
            }
            at = span.end();
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    String placeholder(PiiType type, Locale locale) {
        return translations.getTranslation(type.placeholderKey(), locale);
    }
}
