package nl.keukentafel.conversation;

import java.io.Serializable;

/** Identifies a conversation (and its board). */
public record ConversationId(long value) implements Serializable {

    public ConversationId {
        if (value <= 0) {
            throw new IllegalArgumentException("Conversation id must be positive: " + value);
        }
    }
}
