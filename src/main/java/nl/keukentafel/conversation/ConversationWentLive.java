package nl.keukentafel.conversation;

/** Published inside the transaction that made a conversation live. */
public record ConversationWentLive(ConversationId id, JoinCode code) {}
