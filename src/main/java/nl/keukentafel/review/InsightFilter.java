package nl.keukentafel.review;

import org.jspecify.annotations.Nullable;

/** What the list of insights is narrowed to: words, a theme, a work team, a status. */
public record InsightFilter(
        String query,
        @Nullable Long theme,
        @Nullable Long werkteam,
        @Nullable InsightStatus status) {

    public static final InsightFilter ALL = new InsightFilter("", null, null, null);

    public InsightFilter {
        query = query.strip();
    }
}
