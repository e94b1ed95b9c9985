package nl.keukentafel.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.conversation.JoinCode;
import nl.keukentafel.conversation.Phase;
import org.jspecify.annotations.Nullable;

/**
 * What one audience may see of a board at sequence number {@code seq}, already filtered by its
 * {@link Visibility}. Notes are in the order they were first placed.
 */
public record BoardContent(
        ConversationId conversationId,
        String title,
        String residentQuestion,
        BoardTemplate template,
        ConversationStatus status,
        @Nullable JoinCode joinCode,
        long seq,
        List<Seat> participants,
        List<Card> notes,
        @Nullable ConsentRound consentRound,
        Facilitation facilitation) {

    public boolean isClosed() {
        return status == ConversationStatus.CLOSED;
    }

    /** The notes per category, each list in placement order; one pass over the notes. */
    public Map<Category, List<Card>> notesByCategory() {
        return notes.stream().collect(Collectors.groupingBy(Card::category));
    }

    /**
     * The consent round the facilitator started: how many participants were asked and answered,
     * and whether the viewer did. Nobody's choices are in it.
     */
    public record ConsentRound(int asked, int answered, boolean viewerAnswered) {}

    /** Someone at the table; {@code name} is null when unknown to this audience. */
    /**
     * A participant at the table. {@code removed}: the facilitator took them away (only the
     * facilitator and they themselves still see the seat); {@code you}: the screen's own seat.
     */
    public record Seat(
            ParticipantId id, @Nullable String name, boolean anonymous, TableRole role, boolean removed, boolean you) {}

    /**
     * A note as this audience may see it. {@code authorName} is null when the author is anonymous to
     * this audience; {@code mine} marks the viewer's own notes, and only those carry the author's
     * {@code consent}; {@code facilitatorOnly} notes reach only the facilitator and their author;
     * {@code moderated} (set aside by the facilitator) only ever reaches the facilitator and the
     * author's own tablet, and
     * {@code withdrawn} only the author's own notes page.
     */
    public record Card(
            NoteId id,
            Category category,
            String text,
            TableRole authorRole,
            @Nullable String authorName,
            boolean authorAnonymous,
            boolean mine,
            @Nullable ConsentTier consent,
            boolean facilitatorOnly,
            boolean moderated,
            boolean withdrawn,
            boolean edited,
            Instant placedAt,
            long seq,
            Extras extras) {

        public boolean unrevealed() {
            return extras.unrevealed();
        }
    }

    /**
     * What facilitation adds to a card. {@code unrevealed}: written in silence, not yet shown to the
     * table (only its author and the facilitator get it). {@code group}: the group it was put in.
     * {@code merged}: notes that say the same, shown on this card. {@code votes}: the dots on it, or
     * -1 while this audience may not see them; {@code myVotes}: the viewer's own dots on it.
     */
    public record Extras(boolean unrevealed, @Nullable Long group, List<Merged> merged, int votes, int myVotes) {}

    /** A note merged into another card: its own words and author, as this audience may see them. */
    public record Merged(
            NoteId id,
            String text,
            TableRole authorRole,
            @Nullable String authorName,
            boolean authorAnonymous,
            boolean mine) {}

    /**
     * How the facilitator shapes the conversation now, as this audience may see it (docs/adr/0013).
     * {@code phase} null: a board without phases. {@code openCategories}: where new notes may go
     * now. {@code residentsFirst}: only residents (and those on their behalf) write now. {@code
     * silentCounts}: notes written in silence and not yet revealed, per category (counts only).
     * {@code undo}: the translation key naming the facilitator's last action that can be undone (only
     * on the facilitator's screen).
     */
    public record Facilitation(
            @Nullable Phase phase,
            List<Phase> phases,
            boolean residentsFirst,
            Set<Category> openCategories,
            Set<Category> silentCategories,
            Map<Category, Integer> silentCounts,
            boolean locked,
            @Nullable Card spotlight,
            @Nullable Timer timer,
            Voting voting,
            List<Group> groups,
            List<Agreement> agreements,
            @Nullable String undo) {

        /** Whether the viewer, in this role, may place a note in this category now. */
        public boolean accepts(Category category, @Nullable TableRole role) {
            return !locked
                    && openCategories.contains(category)
                    && (!residentsFirst || role == TableRole.RESIDENT || role == TableRole.ON_BEHALF_OF_RESIDENT);
        }

        public int silentTotal() {
            return silentCounts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A countdown every screen shows the same: it ends at {@code endsAt} by the server's clock. */
    public record Timer(Instant startedAt, Instant endsAt) {}

    /**
     * Dot voting. {@code open}: the phase for choosing; {@code dots}: dots per participant; {@code
     * revealed}: counts shown to the table; {@code cast}: dots placed so far by everyone; {@code
     * mine}: the viewer's own dots placed.
     */
    public record Voting(boolean open, int dots, boolean revealed, int cast, int mine) {

        public int left() {
            return Math.max(0, dots - mine);
        }
    }

    /** A named group of notes in one column; {@code votes} as on a card (-1: not for this audience). */
    public record Group(long id, Category category, String name, int votes, int myVotes) {}

    /**
     * An agreement: what, who (a role at the table, a participant as this audience may name them, or
     * an organisation) and by when; {@code note} is the note it came from, if any.
     */
    public record Agreement(
            long id,
            String what,
            @Nullable TableRole ownerRole,
            @Nullable ParticipantId ownerParticipant,
            @Nullable String ownerName,
            @Nullable TableRole ownerParticipantRole,
            @Nullable String ownerOrganisation,
            @Nullable LocalDate dueOn,
            @Nullable NoteId note) {}
}
