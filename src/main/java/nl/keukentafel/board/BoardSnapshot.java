package nl.keukentafel.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.keukentafel.conversation.Category;
import org.jspecify.annotations.Nullable;

/**
 * The full state of one board at a sequence number, as the database had it: shared by every screen
 * of the board on this node and never changed (a change makes a new snapshot). Holds names of
 * anonymous participants, so it never leaves this package unfiltered: see {@link #contentFor}.
 */
final class BoardSnapshot {

    record ParticipantRow(
            ParticipantId id,
            @Nullable String name,
            boolean anonymous,
            TableRole role,
            boolean erased,
            boolean removed,
            @Nullable Long roundAnsweredSeq,
            long seq) {

        /** Still at the table: not erased, and not taken away by the facilitator. */
        boolean seated() {
            return !erased && !removed;
        }
    }

    record NoteRow(
            NoteId id,
            ParticipantId participantId,
            Category category,
            String text,
            NoteStatus status,
            ConsentTier consentTier,
            NoteAudience audience,
            boolean redactedOnly,
            Instant createdAt,
            Instant updatedAt,
            long createdSeq,
            long seq) {}

    /** What changed after a sequence number: the board's heading as it is now, and the changed rows. */
    record Changes(BoardHeading heading, long seq, List<ParticipantRow> participants, List<NoteRow> notes) {}

    private final BoardHeading heading;
    private final long seq;
    private final Map<ParticipantId, ParticipantRow> participants;
    private final List<NoteRow> notes;

    private BoardSnapshot(
            BoardHeading heading, long seq, Map<ParticipantId, ParticipantRow> participants, List<NoteRow> notes) {
        this.heading = heading;
        this.seq = seq;
        this.participants = participants;
        this.notes = notes;
    }

    static BoardSnapshot of(Changes all) {
        return new BoardSnapshot(all.heading(), 0, Map.of(), List.of()).apply(all);
    }

    long seq() {
        return seq;
    }

    BoardHeading heading() {
        return heading;
    }

    List<NoteRow> notes() {
        return notes;
    }

    /** A new snapshot with the changes applied; this one stays as it is. */
    BoardSnapshot apply(Changes changes) {
        if (changes.seq() <= seq
                && changes.participants().isEmpty()
                && changes.notes().isEmpty()) {
            return changes.heading().equals(heading)
                    ? this
                    : new BoardSnapshot(changes.heading(), seq, participants, notes);
        }
        Map<ParticipantId, ParticipantRow> nextParticipants = new LinkedHashMap<>(participants);
        changes.participants().forEach(p -> nextParticipants.put(p.id(), p));
        Map<NoteId, NoteRow> nextNotes = new LinkedHashMap<>();
        notes.forEach(n -> nextNotes.put(n.id(), n));
        changes.notes().forEach(n -> nextNotes.put(n.id(), n));
        List<NoteRow> ordered = new ArrayList<>(nextNotes.values());
        ordered.sort(Comparator.comparingLong(NoteRow::createdSeq).thenComparingLong(n -> n.id().value()));
        return new BoardSnapshot(
                changes.heading(), Math.max(seq, changes.seq()), Map.copyOf(nextParticipants), List.copyOf(ordered));
    }

    /** What one audience may see; the rules are the {@link Visibility}'s, never decided here. */
    BoardContent contentFor(Visibility visibility) {
        List<BoardContent.Seat> seats = participants.values().stream()
                .filter(p -> p.seated() || (!p.erased() && visibility.showsRemoved(p)))
                .sorted(Comparator.comparingLong(p -> p.id().value()))
                .map(p -> new BoardContent.Seat(
                        p.id(),
                        visibility.nameOf(p),
                        p.anonymous(),
                        p.role(),
                        p.removed(),
                        visibility.isViewer(p.id())))
                .toList();
        List<BoardContent.Card> cards = new ArrayList<>(notes.size());
        for (NoteRow note : notes) {
            if (!visibility.shows(note)) {
                continue;
            }
            ParticipantRow author = author(note);
            boolean mine = visibility.isViewer(note.participantId());
            cards.add(new BoardContent.Card(
                    note.id(),
                    note.category(),
                    visibility.textOf(note),
                    author.role(),
                    visibility.nameOf(author),
                    author.anonymous(),
                    mine,
                    mine ? note.consentTier() : null,
                    note.audience() == NoteAudience.FACILITATOR_ONLY,
                    note.status() == NoteStatus.MODERATED,
                    note.status() == NoteStatus.WITHDRAWN,
                    note.updatedAt().isAfter(note.createdAt()),
                    note.createdAt(),
                    note.seq()));
        }
        return new BoardContent(
                heading.id(),
                heading.title(),
                heading.residentQuestion(),
                heading.template(),
                heading.status(),
                heading.joinCode(),
                seq,
                seats,
                List.copyOf(cards),
                consentRound(visibility));
    }

    /** The open consent round as this audience may see it: counts only, never anyone's answers. */
    private BoardContent.@Nullable ConsentRound consentRound(Visibility visibility) {
        Long started = heading.consentRoundSeq();
        if (started == null) {
            return null;
        }
        int asked = 0;
        int answered = 0;
        boolean viewerAnswered = false;
        for (ParticipantRow p : participants.values()) {
            if (!p.seated()) {
                continue;
            }
            asked++;
            boolean done = p.roundAnsweredSeq() != null && p.roundAnsweredSeq() >= started;
            if (done) {
                answered++;
                viewerAnswered |= visibility.isViewer(p.id());
            }
        }
        return new BoardContent.ConsentRound(asked, answered, viewerAnswered);
    }

    /** Who wrote a note. */
    ParticipantRow author(NoteRow note) {
        return Objects.requireNonNull(participants.get(note.participantId()));
    }

    /**
     * How many people sat at the table per role, without those who were erased or taken away by the
     * facilitator.
     */
    Map<TableRole, Integer> seatsPerRole() {
        Map<TableRole, Integer> counts = new EnumMap<>(TableRole.class);
        for (ParticipantRow p : participants.values()) {
            if (p.seated()) {
                counts.merge(p.role(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The names of everyone who sat at this board, for redaction: they never leave the table. */
    List<String> participantNames() {
        return participants.values().stream()
                .map(ParticipantRow::name)
                .filter(Objects::nonNull)
                .toList();
    }
}
