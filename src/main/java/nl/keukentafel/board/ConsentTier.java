package nl.keukentafel.board;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the author of a note allows to happen with it beyond the table. Privacy by default: a note
 * is {@link #TABLE_ONLY} until its author says otherwise, and the author can change it at any time
 * (docs/privacy.md).
 */
public enum ConsentTier {
    /** Only for the people at this table. */
    TABLE_ONLY,
    /** May be read back by the team and quoted in the knowledge-café report, without a name. */
    REPORT,
    /** May also be used in the case bundle for education, without a name. */
    CASE_BUNDLE;

    /** Whether the note may leave the table at all: review by the team and reports. */
    public boolean releases() {
        return this != TABLE_ONLY;
    }

    public String labelKey() {
        return "consent.tier." + key();
    }

    /** The value the tablet sends, e.g. {@code table-only}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The tier for a value a browser sent; empty for anything else. */
    public static Optional<ConsentTier> parse(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }
}
