package nl.keukentafel.board;

import nl.keukentafel.conversation.Conversation;

/** A board that is no longer live, read for one purpose: its conversation and what that purpose may see. */
public record BoardRecord(Conversation conversation, BoardContent content) {}
