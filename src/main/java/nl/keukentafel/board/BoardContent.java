package nl.keukentafel.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.conversation.JoinCode;
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
        @Nullable ConsentRound consentRound) {

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
            long seq) {}
}
