package nl.keukentafel.base;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** The languages Keukentafel speaks (Dutch first) and the time zone it shows times in. */
public final class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** Name of the cookie that remembers a browser's language choice. */
    public static final String COOKIE = "kt-lang";

    private Languages() {}

    /** The supported locale for a language tag such as "en" or "nl-NL"; Dutch when unknown. */
    public static Locale fromTag(String tag) {
        return supported(Locale.forLanguageTag(tag.trim()));
    }

    /**
     * The supported locale with this locale's language; Dutch when unknown. Runs for every text on
     * every screen, so it compares languages without parsing tags or streaming.
     */
    public static Locale supported(Locale locale) {
        String language = locale.getLanguage();
        for (Locale candidate : SUPPORTED) {
            if (candidate.getLanguage().equals(language)) {
                return candidate;
            }
        }
        return DUTCH;
    }
}
