package nl.keukentafel.board;

import java.util.Arrays;
import java.util.List;

/**
 * Why a board that is no longer live is read by people who were not at the table. Each purpose
 * states the least consent a note needs to come out for it; everything that comes out passes the
 * {@link ReleaseGate} (docs/adr/0010, docs/privacy.md).
 */
public enum ReadPurpose {
    /** Team members and admins reading closed conversations back. */
    ARCHIVE(ConsentTier.REPORT),
    /** The review area: team members search, tag and connect released notes across conversations. */
    REVIEW(ConsentTier.REPORT),
    /** The kenniscafé verslag and the exports for analysis: quoted, redacted, never named. */
    REPORT(ConsentTier.REPORT),
    /** The anonymised case bundle for education: only notes whose author allowed that too. */
    CASE_BUNDLE(ConsentTier.CASE_BUNDLE);

    private final ConsentTier minimumConsent;

    ReadPurpose(ConsentTier minimumConsent) {
        this.minimumConsent = minimumConsent;
    }

    /** The least consent a note's author must have given for the note to come out. */
    public ConsentTier minimumConsent() {
        return minimumConsent;
    }

    /**
     * The consent tiers (by name, as stored) that let a note out for this purpose. Reports and the
     * case bundle read the released notes of the review area, which hold every note released for
     * {@link #REVIEW}; they narrow those by these tiers, so they never need less consent than review.
     */
    public List<String> allowedTiers() {
        return Arrays.stream(ConsentTier.values())
                .filter(tier -> tier.compareTo(minimumConsent) >= 0)
                .map(Enum::name)
                .toList();
    }
}
