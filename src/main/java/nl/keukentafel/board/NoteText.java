package nl.keukentafel.board;

import nl.keukentafel.base.TextInput;
import nl.keukentafel.base.UserMessageException;

/**
 * The text of a note, without surrounding white space: never empty and at most {@link #MAX_LENGTH}
 * characters. Whatever a browser sends becomes a note text here or is refused with a message the
 * writer can act on.
 */
public record NoteText(String value) {

    /** Longest note, in characters (as the tablet's counter counts them). */
    public static final int MAX_LENGTH = 500;

    public NoteText {
        value = TextInput.text(value).strip();
        if (value.isEmpty()) {
            throw new UserMessageException("note.error.empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new UserMessageException("note.error.too-long", MAX_LENGTH, value.length());
        }
    }
}
