package nl.keukentafel.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.keukentafel.board.BoardHeading.Stage;
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
            boolean unrevealed,
            @Nullable Long groupId,
            @Nullable NoteId mergedInto,
            Instant createdAt,
            Instant updatedAt,
            long createdSeq,
            long seq) {}

    record GroupRow(long id, Category category, String name, boolean removed, long seq) {}

    record VoteRow(
            long id,
            ParticipantId participantId,
            @Nullable NoteId noteId,
            @Nullable Long groupId,
            boolean withdrawn,
            long seq) {}

    record AgreementRow(
            long id,
            String what,
            @Nullable TableRole ownerRole,
            @Nullable ParticipantId ownerParticipant,
            @Nullable String ownerOrganisation,
            @Nullable LocalDate dueOn,
            @Nullable NoteId noteId,
            boolean removed,
            long seq) {}

    /** Facilitation's rows of a board: groups, dots and agreements, by id. */
    private record Facilitated(
            Map<Long, GroupRow> groups, Map<Long, VoteRow> votes, Map<Long, AgreementRow> agreements) {

        static final Facilitated NONE = new Facilitated(Map.of(), Map.of(), Map.of());

        Facilitated apply(Changes changes) {
            if (changes.groups().isEmpty()
                    && changes.votes().isEmpty()
                    && changes.agreements().isEmpty()) {
                return this;
            }
            return new Facilitated(
                    merged(groups, changes.groups(), GroupRow::id),
                    merged(votes, changes.votes(), VoteRow::id),
                    merged(agreements, changes.agreements(), AgreementRow::id));
        }

        private static <T> Map<Long, T> merged(Map<Long, T> old, List<T> changed, Function<T, Long> id) {
            if (changed.isEmpty()) {
                return old;
            }
            Map<Long, T> next = new LinkedHashMap<>(old);
            changed.forEach(row -> next.put(id.apply(row), row));
            return Collections.unmodifiableMap(next);
        }
    }

    /**
     * What changed after a sequence number: the board's heading as it is now, the changed rows, and
     * (when {@code stageRead}: facilitation rows were read) the facilitator's action that undo would
     * take back now.
     */
    record Changes(
            BoardHeading heading,
            long seq,
            List<ParticipantRow> participants,
            List<NoteRow> notes,
            List<GroupRow> groups,
            List<VoteRow> votes,
            List<AgreementRow> agreements,
            boolean stageRead,
            @Nullable FacilitationAction undoable) {

        boolean hasRows() {
            return !participants.isEmpty()
                    || !notes.isEmpty()
                    || !groups.isEmpty()
                    || !votes.isEmpty()
                    || !agreements.isEmpty();
        }
    }

    private final BoardHeading heading;
    private final long seq;
    private final Map<ParticipantId, ParticipantRow> participants;
    private final List<NoteRow> notes;
    private final Facilitated facilitated;
    private final @Nullable FacilitationAction undoable;

    private BoardSnapshot(
            BoardHeading heading,
            long seq,
            Map<ParticipantId, ParticipantRow> participants,
            List<NoteRow> notes,
            Facilitated facilitated,
            @Nullable FacilitationAction undoable) {
        this.heading = heading;
        this.seq = seq;
        this.participants = participants;
        this.notes = notes;
        this.facilitated = facilitated;
        this.undoable = undoable;
    }

    static BoardSnapshot of(Changes all) {
        return new BoardSnapshot(all.heading(), 0, Map.of(), List.of(), Facilitated.NONE, null).apply(all);
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
        FacilitationAction nextUndoable = changes.stageRead() ? changes.undoable() : undoable;
        if (changes.seq() <= seq && !changes.hasRows()) {
            return changes.heading().equals(heading) && nextUndoable == undoable
                    ? this
                    : new BoardSnapshot(changes.heading(), seq, participants, notes, facilitated, nextUndoable);
        }
        Map<ParticipantId, ParticipantRow> nextParticipants = new LinkedHashMap<>(participants);
        changes.participants().forEach(p -> nextParticipants.put(p.id(), p));
        Map<NoteId, NoteRow> nextNotes = new LinkedHashMap<>();
        notes.forEach(n -> nextNotes.put(n.id(), n));
        changes.notes().forEach(n -> nextNotes.put(n.id(), n));
        List<NoteRow> ordered = new ArrayList<>(nextNotes.values());
        ordered.sort(Comparator.comparingLong(NoteRow::createdSeq).thenComparingLong(n -> n.id().value()));
        return new BoardSnapshot(
                changes.heading(),
                Math.max(seq, changes.seq()),
                Map.copyOf(nextParticipants),
                List.copyOf(ordered),
                facilitated.apply(changes),
                nextUndoable);
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
        Stage stage = heading.stage();
        Dots dots = Dots.count(facilitated.votes().values(), visibility, stage.votesRevealed());
        Map<NoteId, NoteRow> shown = new LinkedHashMap<>();
        for (NoteRow note : notes) {
            if (visibility.shows(note)) {
                shown.put(note.id(), note);
            }
        }
        // A note merged into another one that this audience sees shows on that card, not on its own.
        Map<NoteId, List<BoardContent.Merged>> mergedInto = new HashMap<>();
        for (NoteRow note : shown.values()) {
            if (note.mergedInto() != null && shown.containsKey(note.mergedInto())) {
                ParticipantRow author = author(note);
                mergedInto
                        .computeIfAbsent(note.mergedInto(), k -> new ArrayList<>())
                        .add(new BoardContent.Merged(
                                note.id(),
                                visibility.textOf(note),
                                author.role(),
                                visibility.nameOf(author),
                                author.anonymous(),
                                visibility.isViewer(note.participantId())));
            }
        }
        List<BoardContent.Card> cards = new ArrayList<>(shown.size());
        for (NoteRow note : shown.values()) {
            if (note.mergedInto() != null && shown.containsKey(note.mergedInto())) {
                continue;
            }
            List<BoardContent.Merged> merged = mergedInto.getOrDefault(note.id(), List.of());
            int votes = dots.onNote(note.id())
                    + merged.stream().mapToInt(m -> dots.onNote(m.id())).sum();
            int mine = dots.mineOnNote(note.id())
                    + merged.stream().mapToInt(m -> dots.mineOnNote(m.id())).sum();
            cards.add(card(
                    note,
                    visibility,
                    new BoardContent.Extras(
                            note.unrevealed(),
                            note.groupId(),
                            List.copyOf(merged),
                            dots.counted() ? votes : -1,
                            mine)));
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
                consentRound(visibility),
                facilitation(visibility, stage, cards, dots));
    }

    private BoardContent.Card card(NoteRow note, Visibility visibility, BoardContent.Extras extras) {
        ParticipantRow author = author(note);
        boolean mine = visibility.isViewer(note.participantId());
        return new BoardContent.Card(
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
                note.seq(),
                extras);
    }

    /** The stage, groups, dots and agreements as this audience may see them. */
    private BoardContent.Facilitation facilitation(
            Visibility visibility, Stage stage, List<BoardContent.Card> cards, Dots dots) {
        Map<Category, Integer> silentCounts = new HashMap<>();
        for (NoteRow note : notes) {
            if (note.unrevealed() && note.status() == NoteStatus.ACTIVE && note.audience() == NoteAudience.EVERYONE) {
                silentCounts.merge(note.category(), 1, Integer::sum);
            }
        }
        BoardContent.Card spotlight = stage.spotlight() == null
                ? null
                : cards.stream()
                        .filter(c -> c.id().equals(stage.spotlight()))
                        .findFirst()
                        .orElse(null);
        List<BoardContent.Group> groups = facilitated.groups().values().stream()
                .filter(g -> !g.removed() && visibility.atTheTable())
                .sorted(Comparator.comparingLong(GroupRow::id))
                .map(g -> new BoardContent.Group(
                        g.id(),
                        g.category(),
                        g.name(),
                        dots.counted() ? dots.onGroup(g.id()) : -1,
                        dots.mineOnGroup(g.id())))
                .toList();
        List<BoardContent.Agreement> agreements = facilitated.agreements().values().stream()
                .filter(a -> !a.removed() && visibility.atTheTable())
                .sorted(Comparator.comparingLong(AgreementRow::id))
                .map(a -> {
                    ParticipantRow owner = a.ownerParticipant() == null ? null : participants.get(a.ownerParticipant());
                    return new BoardContent.Agreement(
                            a.id(),
                            a.what(),
                            a.ownerRole(),
                            owner == null ? null : owner.id(),
                            owner == null ? null : visibility.nameOf(owner),
                            owner == null ? null : owner.role(),
                            a.ownerOrganisation(),
                            a.dueOn(),
                            a.noteId());
                })
                .toList();
        BoardContent.Timer timer = stage.timerStartedAt() == null || stage.timerEndsAt() == null
                ? null
                : new BoardContent.Timer(stage.timerStartedAt(), stage.timerEndsAt());
        return new BoardContent.Facilitation(
                stage.phase(),
                heading.template().phases(),
                stage.residentsOnly(),
                heading.template().openIn(stage.phase()),
                stage.silent(),
                Map.copyOf(silentCounts),
                stage.locked(),
                spotlight,
                timer,
                new BoardContent.Voting(
                        stage.voting(), stage.dotsPerParticipant(), stage.votesRevealed(), dots.cast(), dots.mine()),
                groups,
                agreements,
                visibility.runsTheBoard() && undoable != null ? undoable.undoKey() : null);
    }

    /** The dots that count, per note and group, in total and the viewer's own. */
    private record Dots(
            Map<NoteId, Integer> notes,
            Map<Long, Integer> groups,
            Map<NoteId, Integer> myNotes,
            Map<Long, Integer> myGroups,
            int cast,
            int mine,
            boolean counted) {

        static Dots count(Collection<VoteRow> votes, Visibility visibility, boolean revealed) {
            Map<NoteId, Integer> notes = new HashMap<>();
            Map<Long, Integer> groups = new HashMap<>();
            Map<NoteId, Integer> myNotes = new HashMap<>();
            Map<Long, Integer> myGroups = new HashMap<>();
            int cast = 0;
            int mine = 0;
            for (VoteRow vote : votes) {
                if (vote.withdrawn()) {
                    continue;
                }
                cast++;
                boolean own = visibility.isViewer(vote.participantId());
                if (own) {
                    mine++;
                }
                if (vote.noteId() != null) {
                    notes.merge(vote.noteId(), 1, Integer::sum);
                    if (own) {
                        myNotes.merge(vote.noteId(), 1, Integer::sum);
                    }
                } else if (vote.groupId() != null) {
                    groups.merge(vote.groupId(), 1, Integer::sum);
                    if (own) {
                        myGroups.merge(vote.groupId(), 1, Integer::sum);
                    }
                }
            }
            return new Dots(notes, groups, myNotes, myGroups, cast, mine, visibility.seesVoteCounts(revealed));
        }

        int onNote(NoteId id) {
            return notes.getOrDefault(id, 0);
        }

        int mineOnNote(NoteId id) {
            return myNotes.getOrDefault(id, 0);
        }

        int onGroup(long id) {
            return groups.getOrDefault(id, 0);
        }

        int mineOnGroup(long id) {
            return myGroups.getOrDefault(id, 0);
        }
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

    /** The table's agreements that were not removed, in the order they were made. */
    List<AgreementRow> agreements() {
        return facilitated.agreements().values().stream()
                .filter(a -> !a.removed())
                .sorted(Comparator.comparingLong(AgreementRow::id))
                .toList();
    }

    /**
     * Whose an agreement is, as it may leave the table: the role at the table (also of a
     * participant who owns it, whose name never leaves) or null for an organisation or nobody.
     */
    @Nullable
    TableRole ownerRole(AgreementRow agreement) {
        if (agreement.ownerRole() != null) {
            return agreement.ownerRole();
        }
        ParticipantRow owner =
                agreement.ownerParticipant() == null ? null : participants.get(agreement.ownerParticipant());
        return owner == null ? null : owner.role();
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
