package nl.keukentafel.report;

import java.time.Instant;
import java.util.List;

/** A stored kenniscafé verslag with its published versions. */
public record Report(
        long id,
        ReportDraft draft,
        ReportStatus status,
        int version,
        String updatedBy,
        Instant updatedAt,
        List<Version> versions) {

    /**
     * A published, frozen version; {@code notReleased} counts the notes it quotes that are no longer
     * released (consent withdrawn, erased, redaction changed its release): it needs an update, and
     * every export leaves them out.
     */
    public record Version(int number, String publishedBy, Instant publishedAt, int quotes, int notReleased) {}

    /** A report in the list. */
    public record Summary(
            long id,
            String title,
            java.time.LocalDate cafeDate,
            ReportStatus status,
            int versions,
            int notReleased,
            String updatedBy,
            Instant updatedAt) {}

    /** Whether the newest published version quotes notes that may no longer be used. */
    public boolean needsUpdate() {
        return !versions.isEmpty() && versions.getFirst().notReleased() > 0;
    }
}
