package nl.keukentafel.board;

import nl.keukentafel.board.BoardSnapshot.NoteRow;
import nl.keukentafel.board.BoardSnapshot.ParticipantRow;
import org.jspecify.annotations.Nullable;

/**
 * What one audience may see of a board: which notes, and whose names. One policy per audience, and
 * the only place these rules live: live screens ({@link BoardSnapshot#contentFor}) and reads of
 * boards that are no longer live ({@link BoardHistory}) both go through it. Withdrawn notes reach
 * nobody; only the facilitator sees notes set aside by moderation and the names of participants
 * who chose to stay anonymous (a participant also sees their own).
 */
sealed interface Visibility {

    /** Whether the note reaches this audience at all. */
    boolean shows(NoteRow note);

    /** The participant's name as this audience may see it; null when it must stay unknown. */
    @Nullable
    String nameOf(ParticipantRow participant);

    /** Whether the participant is the one looking (their own notes get their own actions). */
    default boolean isViewer(ParticipantId participant) {
        return false;
    }

    private static @Nullable String publicName(ParticipantRow participant) {
        return participant.anonymous() ? null : participant.name();
    }

    /** The facilitator who runs the board: every note that was not withdrawn, every name. */
    record Facilitator() implements Visibility {
        @Override
        public boolean shows(NoteRow note) {
            return note.status() != NoteStatus.WITHDRAWN;
        }

        @Override
        public @Nullable String nameOf(ParticipantRow participant) {
            return participant.name();
        }
    }

    /** A participant's tablet: notes on the board; anonymous names stay hidden, except their own. */
    record Participant(ParticipantId viewer) implements Visibility {
        @Override
        public boolean shows(NoteRow note) {
            return note.status() == NoteStatus.ACTIVE;
        }

        @Override
        public @Nullable String nameOf(ParticipantRow participant) {
            return isViewer(participant.id()) ? participant.name() : publicName(participant);
        }

        @Override
        public boolean isViewer(ParticipantId participant) {
            return viewer.equals(participant);
        }
    }

    /** The projector, which everyone in the room sees: notes on the board, public names only. */
    record Projector() implements Visibility {
        @Override
        public boolean shows(NoteRow note) {
            return note.status() == NoteStatus.ACTIVE;
        }

        @Override
        public @Nullable String nameOf(ParticipantRow participant) {
            return publicName(participant);
        }
    }

    /** Team members and admins reading a closed board back: notes on the board, public names only. */
    record Archive() implements Visibility {
        @Override
        public boolean shows(NoteRow note) {
            return note.status() == NoteStatus.ACTIVE;
        }

        @Override
        public @Nullable String nameOf(ParticipantRow participant) {
            return publicName(participant);
        }
    }
}
