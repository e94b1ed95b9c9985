package nl.keukentafel.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.base.Translations;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.ReadPurpose;
import nl.keukentafel.review.Placeholders;
import nl.keukentafel.review.ReviewSelection;
import nl.keukentafel.review.ReviewService;
import nl.keukentafel.security.Roles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports the review area's current selection for analysis, as CSV (UTF-8 with a byte order mark and
 * semicolons, so Excel with Dutch settings opens it with its accents intact) or JSON: one row per
 * released note with its conversation, date, place, theme, work team, role, category, tags, insights
 * and redacted words. Never a name, never an unreleased note; the staff member's review scope
 * applies. Every export is written to the audit trail.
 */
@Service
public class SelectionExportService {

    /** The columns, in order; also the JSON field names. */
    static final List<String> COLUMNS = List.of(
            "note_id",
            "conversation_id",
            "conversation",
            "date",
            "municipality",
            "neighbourhood",
            "theme",
            "werkteam",
            "table_role",
            "category",
            "regulations",
            "effect",
            "insights",
            "text");

    private final ReviewService review;
    private final SourceRepository source;
    private final Translations translations;
    private final Placeholders placeholders;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    SelectionExportService(
            ReviewService review,
            SourceRepository source,
            Translations translations,
            Placeholders placeholders,
            AuditTrail audit,
            JsonMapper json,
            Clock clock) {
        this.review = review;
        this.source = source;
        this.translations = translations;
        this.placeholders = placeholders;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public Export export(ReviewSelection selection, Export.Format format, Locale locale) {
        List<NoteId> ids = review.noteIds(selection);
        List<SourceNote> notes = source.notes(ids.stream().map(NoteId::value).toList(), ReadPurpose.REPORT);
        List<Map<String, @Nullable Object>> rows = new ArrayList<>(notes.size());
        for (SourceNote n : notes) {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            row.put("note_id", n.id());
            row.put("conversation_id", n.conversationId());
            row.put("conversation", n.conversationTitle());
            row.put("date", n.heldOn().toString());
            row.put("municipality", n.municipality());
            row.put("neighbourhood", n.neighbourhood());
            row.put("theme", n.theme());
            row.put("werkteam", n.werkteam());
            row.put("table_role", translations.getTranslation(n.role().labelKey(), locale));
            row.put("category", translations.getTranslation(n.category().labelKey(), locale));
            row.put("regulations", n.regulations());
            row.put(
                    "effect",
                    n.effect() == null
                            ? null
                            : translations.getTranslation(n.effect().labelKey(), locale));
            row.put("insights", n.insights());
            row.put("text", placeholders.localize(n.text(), locale));
            rows.add(row);
        }
        String query = selection.toParameters().toString();
        byte[] bytes = switch (format) {
            case CSV -> csv(rows, locale);
            case JSON -> json(rows, selection);
            case PDF, MARKDOWN -> throw new IllegalArgumentException(format + " is for reports");
        };
        audit.record(AuditAction.EXPORT_MADE, null, rows.size(), "selection " + format.extension() + " " + query);
        return new Export("keukentafel-selectie." + format.extension(), format.contentType(), bytes, rows.size());
    }

    private byte[] csv(List<Map<String, @Nullable Object>> rows, Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat excel = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader(COLUMNS.stream()
                        .map(c -> translations.getTranslation("export.column." + c, locale))
                        .toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, excel)) {
            for (Map<String, @Nullable Object> row : rows) {
                List<String> cells = new ArrayList<>(COLUMNS.size());
                for (String column : COLUMNS) {
                    cells.add(cell(row.get(column)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A value as a CSV cell. Lists are joined with a comma; a cell that a spreadsheet would read as
     * a formula (starting with =, +, -, @) gets a leading apostrophe (OWASP's advice against CSV
     * injection).
     */
    static String cell(@Nullable Object value) {
        String text = switch (value) {
            case null -> "";
            case List<?> list ->
                String.join(", ", list.stream().map(String::valueOf).toList());
            default -> String.valueOf(value);
        };
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private byte[] json(List<Map<String, @Nullable Object>> rows, ReviewSelection selection) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exported_at", Instant.now(clock).toString());
        document.put("selection", selection.toParameters());
        document.put("count", rows.size());
        document.put("notes", rows);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }
}
