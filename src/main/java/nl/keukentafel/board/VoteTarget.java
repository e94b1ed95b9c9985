package nl.keukentafel.board;

import org.jspecify.annotations.Nullable;

/** What a dot goes on: a note (a card on the board) or a group of notes. */
public record VoteTarget(@Nullable NoteId note, @Nullable Long group) {

    public VoteTarget {
        if ((note == null) == (group == null)) {
            throw new IllegalArgumentException("A dot goes on a note or on a group");
        }
    }

    public static VoteTarget note(NoteId note) {
        return new VoteTarget(note, null);
    }

    public static VoteTarget group(long group) {
        return new VoteTarget(null, group);
    }
}
