package nl.keukentafel.conversation;

/** Where a conversation is in its life: prepared, live (residents can join), closed (read-only). */
public enum ConversationStatus {
    PREPARED,
    LIVE,
    CLOSED;

    public String labelKey() {
        return "conversation.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
