package nl.keukentafel.board;

import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.conversation.JoinCode;
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
        @Nullable Long consentRoundSeq) {}
