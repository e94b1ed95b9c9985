package nl.keukentafel.board;

/**
 * Why a board that is no longer live is read by people who were not at the table. Each purpose
 * states the least consent a note needs to come out for it; everything that comes out passes the
 * {@link ReleaseGate}. Reports and the case bundle add their purposes here (docs/adr/0009,
 * docs/privacy.md).
 */
public enum ReadPurpose {
    /** Team members and admins reading closed conversations back. */
    ARCHIVE(ConsentTier.REPORT),
    /** The review area: team members search, tag and connect released notes across conversations. */
    REVIEW(ConsentTier.REPORT);

    private final ConsentTier minimumConsent;

    ReadPurpose(ConsentTier minimumConsent) {
        this.minimumConsent = minimumConsent;
    }

    /** The least consent a note's author must have given for the note to come out. */
    public ConsentTier minimumConsent() {
        return minimumConsent;
    }
}
