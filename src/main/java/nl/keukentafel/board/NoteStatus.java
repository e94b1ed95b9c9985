package nl.keukentafel.board;

/**
 * Where a note stands: on the board, withdrawn by its author, or set aside by the facilitator
 * (moderation: it leaves every screen but the facilitator's).
 */
enum NoteStatus {
    ACTIVE,
    WITHDRAWN,
    MODERATED
}
