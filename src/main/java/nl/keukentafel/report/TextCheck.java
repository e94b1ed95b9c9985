package nl.keukentafel.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.keukentafel.base.Translations;
import nl.keukentafel.redaction.PiiDetector;
import nl.keukentafel.redaction.PiiSpan;
import org.springframework.stereotype.Component;

/**
 * The redaction step for the team's own texts in a report or case: finds what looks like a personal
 * detail (the same detector as for notes). A finding is resolved when the text no longer holds it,
 * or when the team said it is not a personal detail (the words are kept as "dismissed"). Exports
 * refuse while a finding is unresolved.
 */
@Component
class TextCheck {

    private final PiiDetector detector;
    private final Translations translations;

    TextCheck(PiiDetector detector, Translations translations) {
        this.detector = detector;
        this.translations = translations;
    }

    /** The unresolved findings in these texts (field key → text), in order; labels in {@code locale}. */
    List<ReportPreview.Finding> findings(
            Map<String, String> parts, Map<String, String> labels, Collection<String> dismissed, Locale locale) {
        Set<String> ignored = Set.copyOf(dismissed);
        List<ReportPreview.Finding> found = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        parts.forEach((part, text) -> {
            for (PiiSpan span : detector.detect(text, List.of())) {
                String words = text.substring(span.start(), span.end()).strip();
                if (!words.isEmpty() && !ignored.contains(words) && seen.put(part + '\u0000' + words, true) == null) {
                    found.add(new ReportPreview.Finding(
                            part,
                            labels.getOrDefault(part, part),
                            words,
                            translations.getTranslation(span.type().placeholderKey(), locale)));
                }
            }
        });
        return found;
    }

    /** {@code text} with every unresolved finding replaced by its placeholder in {@code locale}. */
    String replaceAll(String text, Collection<String> dismissed, Locale locale) {
        List<PiiSpan> spans = detector.detect(text, List.of()).stream()
                .filter(span -> !dismissed.contains(
                        text.substring(span.start(), span.end()).strip()))
                .sorted((a, b) -> Integer.compare(b.start(), a.start()))
                .toList();
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (PiiSpan span : spans) {
            if (span.end() > limit) {
                continue;
            }
            out.replace(
                    span.start(),
                    span.end(),
                    translations.getTranslation(span.type().placeholderKey(), locale));
            limit = span.start();
        }
        return out.toString();
    }
}
