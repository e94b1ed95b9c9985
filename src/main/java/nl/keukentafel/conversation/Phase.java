package nl.keukentafel.conversation;

import java.util.Locale;

/**
 * A step in the shape of a kitchen-table conversation. Which phases a board has, and which of its
 * categories take new notes in each, is the {@link BoardTemplate}'s to say.
 */
public enum Phase {
    /** Everyone sits down and says who they are; nothing is written yet. */
    WELCOME,
    /** Residents tell their story first; the others listen and read. */
    STORIES,
    /** The table talks about what it heard. */
    DISCUSS,
    /** Everyone picks what matters most, with dots. */
    CHOOSE,
    /** The table agrees who does what, and by when. */
    AGREE,
    /** Looking back, and what may happen with the notes. */
    CLOSE;

    /** In this phase only residents (and those who speak on their behalf) place notes, unless opened up. */
    public boolean residentsFirst() {
        return this == STORIES;
    }

    /** In this phase participants spend their dots. */
    public boolean voting() {
        return this == CHOOSE;
    }

    /** Translation key of the phase's name. */
    public String labelKey() {
        return "phase." + name().toLowerCase(Locale.ROOT);
    }

    /** Translation key of the one sentence that says what to do now. */
    public String hintKey() {
        return labelKey() + ".hint";
    }
}
