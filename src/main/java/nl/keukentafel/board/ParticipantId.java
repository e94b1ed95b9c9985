package nl.keukentafel.board;

import java.io.Serializable;

/** Identifies someone seated at a conversation's table. */
public record ParticipantId(long value) implements Serializable {}
