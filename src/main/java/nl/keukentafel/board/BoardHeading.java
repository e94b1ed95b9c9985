package nl.keukentafel.board;

import java.time.Instant;
import java.util.Set;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.conversation.JoinCode;
import nl.keukentafel.conversation.Phase;
import org.jspecify.annotations.Nullable;

/**
 * The few fields of a conversation that a board shows and checks: read from the conversation row
 * alone (no joins) on every refresh of a live board, instead of the whole {@code Conversation}.
 * {@code consentRoundSeq} is the sequence number at which the open consent round started, or null.
 */
record BoardHeading(
        ConversationId id,
        String title,
        String residentQuestion,
        BoardTemplate template,
        ConversationStatus status,
        @Nullable JoinCode joinCode,
        @Nullable Long consentRoundSeq,
        Stage stage) {

    /**
     * How the facilitator shapes the conversation right now (docs/adr/0013). {@code phase} null: a
     * board without phases. {@code everyoneWrites}: the facilitator opened a residents-first phase
     * to everyone. {@code silent}: categories where new notes wait for a reveal.
     */
    record Stage(
            @Nullable Phase phase,
            boolean everyoneWrites,
            Set<Category> silent,
            boolean locked,
            @Nullable NoteId spotlight,
            @Nullable Instant timerStartedAt,
            @Nullable Instant timerEndsAt,
            int dotsPerParticipant,
            boolean votesRevealed) {

        static final Stage NONE = new Stage(null, false, Set.of(), false, null, null, null, 3, false);

        /** Whether only residents and those on their behalf place notes now. */
        boolean residentsOnly() {
            return phase != null && phase.residentsFirst() && !everyoneWrites;
        }

        boolean voting() {
            return phase != null && phase.voting();
        }
    }
}
