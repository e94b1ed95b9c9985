package nl.keukentafel.board;

import nl.keukentafel.conversation.Conversation;

/** A board a staff screen opened: its conversation, and the pass to watch it with. */
public record StaffBoard(Conversation conversation, StaffScreenPass pass) {}
