package nl.keukentafel.conversation;

/** Published inside the transaction that changed a conversation's details (title, question, ...). */
public record ConversationEdited(ConversationId id) {}
