package nl.keukentafel.board;

import java.util.function.Function;
import nl.keukentafel.board.BoardSnapshot.NoteRow;
import nl.keukentafel.board.BoardSnapshot.ParticipantRow;
import org.jspecify.annotations.Nullable;

/**
 * What one audience may see of a board: which notes, in which words, and whose names. One policy
 * per audience, and the only place these rules live: live screens ({@link BoardSnapshot#contentFor})
 * and reads of boards that are no longer live ({@link BoardHistory}) both go through it.
 *
 * <p>Withdrawn and erased notes reach nobody. Only the facilitator and the note's author see notes
 * set aside by moderation, and only the facilitator the names of participants who chose to stay
 * anonymous (a participant also sees their own). A note only for the facilitator reaches the facilitator and its author. Nothing
 * leaves the table ({@link Archive}) unless its author released it, and then only redacted and
 * without any name (docs/privacy.md).
 */
sealed interface Visibility {

    /** Whether the note reaches this audience at all. */
    boolean shows(NoteRow note);

    /** The participant's name as this audience may see it; null when it must stay unknown. */
    @Nullable
    String nameOf(ParticipantRow participant);

    /** The note's words as this audience may read them. */
    default String textOf(NoteRow note) {
        return note.text();
    }

    /** Whether the participant is the one looking (their own notes get their own actions). */
    default boolean isViewer(ParticipantId participant) {
        return false;
    }

    /**
     * Whether this audience sees the seat of a participant the facilitator took away: the
     * facilitator and that participant do, nobody else.
     */
    default boolean showsRemoved(ParticipantRow participant) {
        return isViewer(participant.id());
    }

    /**
     * Whether this audience sees how many dots notes and groups got: the facilitator always, the
     * others once the facilitator reveals them. Nobody but the voter sees whose dots they are.
     */
    default boolean seesVoteCounts(boolean revealed) {
        return revealed;
    }

    /**
     * Whether this audience sat at the table. What the facilitator wrote for the table (agreements,
     * group names) reaches only those who did; the way out of the table is {@code released_agreement}
     * (redacted, docs/adr/0013).
     */
    default boolean atTheTable() {
        return true;
    }

    /** Whether this is the screen of the facilitator who runs the board (undo, silent notes). */
    default boolean runsTheBoard() {
        return false;
    }

    private static @Nullable String publicName(ParticipantRow participant) {
        return participant.anonymous() ? null : participant.name();
    }

    /**
     * On the board for everyone at the table: active, not only for the facilitator, and not written
     * in silence and still waiting for the facilitator's reveal.
     */
    private static boolean onTheBoard(NoteRow note) {
        return note.status() == NoteStatus.ACTIVE && note.audience() == NoteAudience.EVERYONE && !note.unrevealed();
    }

    /** The facilitator who runs the board: every note that was not withdrawn or erased, every name. */
    record Facilitator() implements Visibility {
        @Override
        public boolean shows(NoteRow note) {
            return note.status() != NoteStatus.WITHDRAWN && note.status() != NoteStatus.ERASED;
        }

        @Override
        public @Nullable String nameOf(ParticipantRow participant) {
            return participant.name();
        }

        @Override
        public boolean showsRemoved(ParticipantRow participant) {
            return true;
        }

        @Override
        public boolean seesVoteCounts(boolean revealed) {
            return true;
        }

        @Override
        public boolean runsTheBoard() {
            return true;
        }
    }

    /**
     * A participant's tablet: notes on the board, and their own notes only for the facilitator or
     * set aside by the facilitator (the author keeps seeing what they wrote, marked as hidden for
     * the others); anonymous names stay hidden, except their own.
     */
    record Participant(ParticipantId viewer) implements Visibility {
        @Override
        public boolean shows(NoteRow note) {
            return onTheBoard(note)
                    || ((note.status() == NoteStatus.ACTIVE || note.status() == NoteStatus.MODERATED)
                            && viewer.equals(note.participantId()));
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

    /**
     * A participant's own notes page, also after the conversation (right of access): every note they
     * wrote that was not erased, including withdrawn and set-aside ones, and nobody else's.
     */
    record Author(ParticipantId viewer) implements Visibility {
        @Override
        public boolean shows(NoteRow note) {
            return viewer.equals(note.participantId()) && note.status() != NoteStatus.ERASED;
        }

        @Override
        public @Nullable String nameOf(ParticipantRow participant) {
            return isViewer(participant.id()) ? participant.name() : null;
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
            return onTheBoard(note);
        }

        @Override
        public @Nullable String nameOf(ParticipantRow participant) {
            return publicName(participant);
        }
    }

    /**
     * Anyone who was not at the table (team members and admins reading closed boards back, and
     * later review and reports): only notes on the board whose author released them for at least
     * {@code minimum}, in the words {@code redaction} gives (see {@link ReleaseGate}), and no names.
     */
    record Archive(ConsentTier minimum, Function<NoteRow, String> redaction) implements Visibility {
        @Override
        public boolean shows(NoteRow note) {
            return onTheBoard(note)
                    && note.consentTier().releases()
                    && note.consentTier().compareTo(minimum) >= 0;
        }

        @Override
        public @Nullable String nameOf(ParticipantRow participant) {
            return null;
        }

        @Override
        public boolean atTheTable() {
            return false;
        }

        @Override
        public String textOf(NoteRow note) {
            // After the retention date the stored text is already the redacted one.
            return note.redactedOnly() ? note.text() : redaction.apply(note);
        }
    }
}
