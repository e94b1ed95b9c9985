package nl.keukentafel.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.keukentafel.conversation.Conversation;
import org.jspecify.annotations.Nullable;

/**
 * The full state of one board at a sequence number, as the database had it: shared by every screen
 * of the board on this node and never changed (a change makes a new snapshot). Holds names of
 * anonymous participants, so it never leaves this package unfiltered: see {@link #viewFor}.
 */
final class BoardSnapshot {

    record ParticipantRow(long id, @Nullable String name, boolean anonymous, TableRole role, long seq) {}

    record NoteRow(
            long id,
            long participantId,
            String category,
            String text,
            NoteStatus status,
            Instant createdAt,
            Instant updatedAt,
            long createdSeq,
            long seq) {}

    enum NoteStatus {
        ACTIVE,
        WITHDRAWN,
        HIDDEN
    }

    /** What changed after a sequence number: the conversation as it is now, and the changed rows. */
    record Changes(Conversation conversation, long seq, List<ParticipantRow> participants, List<NoteRow> notes) {}

    private final Conversation conversation;
    private final long seq;
    private final Map<Long, ParticipantRow> participants;
    private final List<NoteRow> notes;

    private BoardSnapshot(
            Conversation conversation, long seq, Map<Long, ParticipantRow> participants, List<NoteRow> notes) {
        this.conversation = conversation;
        this.seq = seq;
        this.participants = participants;
        this.notes = notes;
    }

    static BoardSnapshot of(Changes all) {
        return empty(all.conversation()).apply(all);
    }

    private static BoardSnapshot empty(Conversation conversation) {
        return new BoardSnapshot(conversation, 0, Map.of(), List.of());
    }

    long seq() {
        return seq;
    }

    Conversation conversation() {
        return conversation;
    }

    List<NoteRow> notes() {
        return notes;
    }

    /** A new snapshot with the changes applied; this one stays as it is. */
    BoardSnapshot apply(Changes changes) {
        if (changes.seq() <= seq
                && changes.participants().isEmpty()
                && changes.notes().isEmpty()) {
            return changes.conversation().equals(conversation)
                    ? this
                    : new BoardSnapshot(changes.conversation(), seq, participants, notes);
        }
        Map<Long, ParticipantRow> nextParticipants = new LinkedHashMap<>(participants);
        changes.participants().forEach(p -> nextParticipants.put(p.id(), p));
        Map<Long, NoteRow> nextNotes = new LinkedHashMap<>();
        notes.forEach(n -> nextNotes.put(n.id(), n));
        changes.notes().forEach(n -> nextNotes.put(n.id(), n));
        List<NoteRow> ordered = new ArrayList<>(nextNotes.values());
        ordered.sort(Comparator.comparingLong(NoteRow::createdSeq).thenComparingLong(NoteRow::id));
        return new BoardSnapshot(
                changes.conversation(),
                Math.max(seq, changes.seq()),
                Map.copyOf(nextParticipants),
                List.copyOf(ordered));
    }

    /** What one screen may see; {@code viewer} is the participant looking, if any. */
    BoardView viewFor(Audience audience, @Nullable Long viewer) {
        List<BoardView.Seat> seats = participants.values().stream()
                .sorted(Comparator.comparingLong(ParticipantRow::id))
                .map(p -> new BoardView.Seat(p.id(), visibleName(p, audience, viewer), p.anonymous(), p.role()))
                .toList();
        List<BoardView.Card> cards = new ArrayList<>(notes.size());
        for (NoteRow note : notes) {
            if (note.status() == NoteStatus.WITHDRAWN
                    || (note.status() == NoteStatus.HIDDEN && !audience.seesHiddenNotes())) {
                continue;
            }
            ParticipantRow author = Objects.requireNonNull(participants.get(note.participantId()));
            cards.add(new BoardView.Card(
                    new NoteId(note.id()),
                    note.category(),
                    note.text(),
                    author.role(),
                    visibleName(author, audience, viewer),
                    author.anonymous(),
                    viewer != null && viewer == note.participantId(),
                    note.status() == NoteStatus.HIDDEN,
                    note.updatedAt().isAfter(note.createdAt()),
                    note.createdAt(),
                    note.seq()));
        }
        return new BoardView(
                conversation.id(),
                conversation.title(),
                conversation.residentQuestion(),
                conversation.template(),
                conversation.status(),
                conversation.joinCode(),
                seq,
                seats,
                List.copyOf(cards));
    }

    private static @Nullable String visibleName(ParticipantRow p, Audience audience, @Nullable Long viewer) {
        if (!p.anonymous() || audience.seesAnonymousNames() || (viewer != null && viewer == p.id())) {
            return p.name();
        }
        return null;
    }
}
