package nl.keukentafel.board;

/**
 * Where a note stands: on the board, withdrawn by its author, set aside by the facilitator
 * (moderation: it leaves every screen but the facilitator's), or erased (its text is gone for good;
 * the row stays so every screen learns that it left).
 */
enum NoteStatus {
    ACTIVE,
    WITHDRAWN,
    MODERATED,
    ERASED
}
