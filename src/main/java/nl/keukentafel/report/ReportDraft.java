package nl.keukentafel.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.keukentafel.base.TextInput;

/**
 * What the team writes and chooses for a kenniscafé verslag: the café's title, date, place and
 * introduction, the conversations it is about (with the filters they were chosen with), the language,
 * their own text for a section where they replaced the drafted one, the quotes they left out, and
 * the words the check found that they said are not personal details.
 */
public record ReportDraft(
        String title,
        LocalDate cafeDate,
        String place,
        String introduction,
        Locale language,
        List<Long> conversations,
        String filters,
        Map<ReportSection, String> texts,
        Set<Long> leftOut,
        Set<String> dismissed) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_PLACE = 200;
    public static final int MAX_TEXT = 8000;

    public ReportDraft {
        title = TextInput.line(title).strip();
        place = TextInput.line(place).strip();
        introduction = TextInput.text(introduction).strip();
        language = Locale.of(language.getLanguage());
        conversations = List.copyOf(conversations);
        EnumMap<ReportSection, String> own = new EnumMap<>(ReportSection.class);
        texts.forEach((section, text) -> {
            if (!text.isBlank()) {
                own.put(section, TextInput.text(text).strip());
            }
        });
        texts = Map.copyOf(own);
        leftOut = Set.copyOf(leftOut);
        dismissed = Set.copyOf(dismissed);
    }
}
