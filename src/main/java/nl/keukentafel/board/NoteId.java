package nl.keukentafel.board;

/** Identifies a note. */
public record NoteId(long value) {}
