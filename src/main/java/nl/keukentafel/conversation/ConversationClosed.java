package nl.keukentafel.conversation;

/** Published inside the transaction that closed a conversation: its board is read-only from now on. */
public record ConversationClosed(ConversationId id) {}
