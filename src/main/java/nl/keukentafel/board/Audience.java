package nl.keukentafel.board;

/**
 * Who looks at a board. The server filters what each audience receives: only the facilitator ever
 * gets the name of a participant who chose to stay anonymous, and hidden notes.
 */
public enum Audience {
    FACILITATOR,
    PARTICIPANT,
    PROJECTOR,
    REVIEW;

    boolean seesAnonymousNames() {
        return this == FACILITATOR;
    }

    boolean seesHiddenNotes() {
        return this == FACILITATOR;
    }
}
