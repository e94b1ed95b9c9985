package nl.keukentafel.review;

import java.time.Instant;
import java.util.List;

/**
 * An insight with its evidence: the released notes that support it (redacted, with role,
 * municipality and date, never a name), in how many conversations and municipalities it came back,
 * and how many linked notes no longer count because their author withdrew consent.
 */
public record Insight(
        long id,
        String title,
        String body,
        long themeId,
        String themeName,
        long werkteamId,
        String werkteamName,
        InsightStatus status,
        int version,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        List<ReleasedNote> evidence,
        int conversations,
        int municipalities,
        int noLongerReleased) {

    /** The draft to edit this insight from. */
    public InsightDraft toDraft() {
        return new InsightDraft(
                title,
                body,
                themeId,
                werkteamId,
                status,
                evidence.stream().map(ReleasedNote::id).toList());
    }

    /** One line in the list of insights. */
    public record Summary(
            long id,
            String title,
            InsightStatus status,
            String themeName,
            String werkteamName,
            int notes,
            int conversations,
            int municipalities,
            Instant updatedAt) {}

    /** One saved version of an insight. */
    public record Revision(
            int version,
            String title,
            String body,
            InsightStatus status,
            String themeName,
            String werkteamName,
            int notes,
            String editedBy,
            Instant editedAt) {}
}
