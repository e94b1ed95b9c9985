package nl.keukentafel.board;

/**
 * Why a board that is no longer live is read. Each purpose decides, through its {@link Visibility},
 * which notes and names leave the table for it; reports and exports add their own purposes here
 * (docs/adr/0009).
 */
public enum ReadPurpose {
    /** Team members and admins reading closed conversations back. */
    ARCHIVE;

    Visibility visibility() {
        return switch (this) {
            case ARCHIVE -> new Visibility.Archive();
        };
    }
}
