package nl.keukentafel.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as people in the Netherlands read them: Europe/Amsterdam, nl-NL style. */
public final class Dates {

    private Dates() {}

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale)
                .withZone(Languages.ZONE)
                .format(instant);
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("HH:mm", locale)
                .withZone(Languages.ZONE)
                .format(instant);
    }
}
