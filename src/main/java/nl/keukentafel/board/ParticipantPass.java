package nl.keukentafel.board;

import java.io.Serializable;
import nl.keukentafel.conversation.ConversationId;

/**
 * Proof, held in the server-side session, that this browser joined one conversation as one
 * participant. Only {@link JoiningService} creates passes, so a screen can never make one up for
 * another conversation.
 */
public final class ParticipantPass implements Serializable {

    private final ParticipantId participantId;
    private final ConversationId conversationId;

    ParticipantPass(ParticipantId participantId, ConversationId conversationId) {
        this.participantId = participantId;
        this.conversationId = conversationId;
    }

    ParticipantId participantId() {
        return participantId;
    }

    public ConversationId conversationId() {
        return conversationId;
    }
}
