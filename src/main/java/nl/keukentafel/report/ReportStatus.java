package nl.keukentafel.report;

import java.util.Locale;

/** A report is a concept until it is published; a published version is frozen and kept. */
public enum ReportStatus {
    CONCEPT,
    PUBLISHED;

    public String labelKey() {
        return "report.status." + name().toLowerCase(Locale.ROOT);
    }
}
