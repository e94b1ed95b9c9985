package nl.keukentafel.report;

import java.util.Locale;
import java.util.Optional;

/** A section of the kenniscafé verslag whose opening text the app drafts and the team may rewrite. */
public enum ReportSection {
    QUESTIONS,
    TABLE,
    HEARD,
    INSIGHTS,
    AGREEMENTS,
    CHARTS;

    /** Translation key of the section's heading. */
    public String headingKey() {
        return "report.section." + key();
    }

    /** Translation key of the drafted opening text (with the section's figures as parameters). */
    String draftKey() {
        return "report.draft." + key();
    }

    /** The key under which the team's text is stored, e.g. {@code questions}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The section with this key, if any. */
    public static Optional<ReportSection> ofKey(String key) {
        for (ReportSection section : values()) {
            if (section.key().equals(key)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
