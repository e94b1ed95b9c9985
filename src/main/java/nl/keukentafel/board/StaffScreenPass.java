package nl.keukentafel.board;

import java.io.Serializable;
import nl.keukentafel.conversation.ConversationId;

/**
 * Proof that the staff member's access to one board was checked when their screen opened it, and
 * for which screen (facilitator's board or projector). Only {@link BoardWatchService} creates
 * passes, so watching a board never repeats the access check and never picks its own audience.
 */
public final class StaffScreenPass implements Serializable {

    private final ConversationId conversationId;
    private final boolean facilitator;

    StaffScreenPass(ConversationId conversationId, boolean facilitator) {
        this.conversationId = conversationId;
        this.facilitator = facilitator;
    }

    public ConversationId conversationId() {
        return conversationId;
    }

    Visibility visibility() {
        return facilitator ? new Visibility.Facilitator() : new Visibility.Projector();
    }
}
