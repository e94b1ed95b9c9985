package nl.keukentafel.board;

/** Identifies someone seated at a conversation's table. */
public record ParticipantId(long value) {}
