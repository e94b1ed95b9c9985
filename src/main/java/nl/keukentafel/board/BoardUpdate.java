package nl.keukentafel.board;

import org.jspecify.annotations.Nullable;

/**
 * A new state of a board for one screen, whose {@link BoardContent} is made only when the screen
 * asks for it. A screen that falls behind skips the states it never draws (its updates collapse
 * into the newest, see {@code ScreenUpdates}), and then what those states would have cost to make
 * is never spent: under a burst of changes a board's screens do the work once per drawing, not once
 * per change.
 */
public final class BoardUpdate {

    private final BoardSnapshot snapshot;
    private final Visibility visibility;
    private @Nullable BoardContent content;

    BoardUpdate(BoardSnapshot snapshot, Visibility visibility) {
        this.snapshot = snapshot;
        this.visibility = visibility;
    }

    /** The board's sequence number of this state: a newer state has a higher one. */
    public long seq() {
        return snapshot.seq();
    }

    /** What this screen may see of the board in this state; made once, on first use. */
    public synchronized BoardContent content() {
        if (content == null) {
            content = snapshot.contentFor(visibility);
        }
        return content;
    }
}
