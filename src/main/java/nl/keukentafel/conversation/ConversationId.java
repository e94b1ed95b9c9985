package nl.keukentafel.conversation;

/** Identifies a conversation (and its board). */
public record ConversationId(long value) {

    public ConversationId {
        if (value <= 0) {
            throw new IllegalArgumentException("Conversation id must be positive: " + value);
        }
    }
}
