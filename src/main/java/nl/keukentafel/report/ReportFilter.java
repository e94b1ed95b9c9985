package nl.keukentafel.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which closed conversations a report could be about: by theme, work team, municipality and period. */
public record ReportFilter(
        @Nullable Long theme,
        @Nullable Long werkteam,
        @Nullable Long municipality,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final ReportFilter ALL = new ReportFilter(null, null, null, null, null);
}
