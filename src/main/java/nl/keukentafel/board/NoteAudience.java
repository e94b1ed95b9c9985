package nl.keukentafel.board;

/**
 * Who at the table may see a note. A note only for the facilitator reaches the facilitator's
 * screen and its author's own, never another tablet, the projector, or anything after the table.
 */
public enum NoteAudience {
    EVERYONE,
    FACILITATOR_ONLY
}
