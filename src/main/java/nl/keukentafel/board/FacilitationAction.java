package nl.keukentafel.board;

/**
 * The facilitator's actions that can be undone, one by one, newest first (docs/adr/0013). Each is
 * stored with the notes it touched and what it replaced; undoing one is a board change of its own.
 */
enum FacilitationAction {
    PHASE,
    OPEN_UP,
    SILENCE,
    HIDE,
    REVEAL,
    SPOTLIGHT,
    LOCK,
    NEW_GROUP,
    GROUP,
    MERGE;

    /** Translation key of "undo" for this action, as the facilitator's undo button names it. */
    String undoKey() {
        return "facilitation.undo." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
