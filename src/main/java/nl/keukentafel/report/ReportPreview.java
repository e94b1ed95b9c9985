package nl.keukentafel.report;

import java.util.List;
import java.util.Map;

/**
 * A draft as the editor shows it: the report as HTML, the texts the app drafted per section, the
 * personal details the check found in the team's texts, and how many notes and conversations it is
 * made of.
 */
public record ReportPreview(
        String html, Map<ReportSection, String> drafted, List<Finding> findings, int notes, int conversations) {

    /**
     * A detail in one of the team's texts that looks personal and is not resolved yet: the field it
     * is in (a stable key such as {@code introduction}), that field's name, the words, and the
     * placeholder that would replace them (such as {@code [naam]}).
     */
    public record Finding(String field, String part, String words, String placeholder) {}
}
