package nl.keukentafel.review;

import java.util.Locale;

/** Whether the team still works on an insight or has settled it. */
public enum InsightStatus {
    CONCEPT,
    ESTABLISHED;

    public String labelKey() {
        return "insight.status." + name().toLowerCase(Locale.ROOT);
    }
}
