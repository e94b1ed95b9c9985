package nl.keukentafel.report;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.Languages;
import nl.keukentafel.base.Translations;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.ReadPurpose;
import nl.keukentafel.review.Placeholders;
import nl.keukentafel.security.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kenniscafé verslag: team members and admins draft it from closed conversations, edit its
 * texts with a live preview, publish frozen versions and export them as PDF and Markdown. Every
 * export reads the quoted notes again, so a note whose author withdrew consent is left out, and is
 * written to the audit trail (docs/adr/0012).
 */
@Service
public class ReportService {

    static final String TEAM = "hasAnyRole('TEAM_MEMBER', 'ADMIN')";

    private final ReportRepository reports;
    private final SourceRepository source;
    private final ReportAssembler assembler;
    private final TextCheck check;
    private final Translations translations;
    private final Placeholders placeholders;
    private final AuditTrail audit;
    private final Clock clock;

    ReportService(
            ReportRepository reports,
            SourceRepository source,
            ReportAssembler assembler,
            TextCheck check,
            Translations translations,
            Placeholders placeholders,
            AuditTrail audit,
            Clock clock) {
        this.reports = reports;
        this.source = source;
        this.assembler = assembler;
        this.check = check;
        this.translations = translations;
        this.placeholders = placeholders;
        this.audit = audit;
        this.clock = clock;
    }

    /** Closed conversations a report can be about, oldest first, with how many notes each released. */
    @PreAuthorize(TEAM)
    @Transactional(readOnly = true)
    public List<SourceConversation> conversations(ReportFilter filter) {
        return source.conversations(
                filter.theme(),
                filter.werkteam(),
                filter.municipality(),
                filter.from(),
                filter.to(),
                ReadPurpose.REPORT);
    }

    @PreAuthorize(TEAM)
    @Transactional(readOnly = true)
    public List<Report.Summary> list() {
        return reports.list();
    }

    @PreAuthorize(TEAM)
    @Transactional(readOnly = true)
    public Report get(long id) {
        return reports.find(id).orElseThrow(() -> new UserMessageException("report.error.not-found"));
    }

    @PreAuthorize(TEAM)
    @Transactional
    public long create(ReportDraft draft) {
        validate(draft);
        return reports.insert(draft, actor());
    }

    /** Saves the draft; a published report becomes a concept again (its versions stay). */
    @PreAuthorize(TEAM)
    @Transactional
    public void update(long id, int version, ReportDraft draft) {
        validate(draft);
        get(id);
        if (!reports.update(id, version, draft, actor())) {
            throw new UserMessageException("report.error.changed");
        }
    }

    /** Deletes a report that was never published. */
    @PreAuthorize(TEAM)
    @Transactional
    public void delete(long id) {
        if (!get(id).versions().isEmpty()) {
            throw new UserMessageException("report.error.published-kept");
        }
        reports.delete(id);
    }

    /** The report as it would print now, with the drafted texts and what the check found. */
    @PreAuthorize(TEAM)
    @Transactional(readOnly = true)
    public ReportPreview preview(ReportDraft draft) {
        ReportAssembler.Assembled assembled = assembler.assemble(draft, statusOf(null, draft.language()));
        return new ReportPreview(
                DocumentHtml.write(assembled.document(), DocumentHtml.Target.SCREEN),
                assembled.drafted(),
                findings(draft),
                assembled.notes(),
                assembled.conversations());
    }

    /** The notes the report would quote (before any is left out), for choosing which to leave out. */
    @PreAuthorize(TEAM)
    @Transactional(readOnly = true)
    public List<SourceNote> quotable(List<Long> conversations, Locale language) {
        return source.notesOf(conversations, ReadPurpose.REPORT).stream()
                .map(n -> n.withText(placeholders.localize(n.text(), language)))
                .toList();
    }

    /**
     * Freezes the report as its next published version. Refuses while one of the team's texts
     * holds a personal detail nobody resolved, or when someone else saved in between.
     */
    @PreAuthorize(TEAM)
    @Transactional
    public int publish(long id, int version) {
        Report report = get(id);
        requireResolved(report.draft());
        int next = report.versions().size() + 1;
        Document document = assembler
                .assemble(report.draft(), statusOf(next, report.draft().language()))
                .document();
        int number = reports.publish(id, version, document, actor());
        if (number == 0) {
            throw new UserMessageException("report.error.changed");
        }
        audit.record(AuditAction.REPORT_PUBLISHED, id, document.quotedNotes().size(), "report " + id + " v" + number);
        return number;
    }

    /**
     * Exports the concept (when {@code version} is null) or a published version. A published version
     * prints its frozen texts and figures with only the quoted notes that are still released, each in
     * its current redacted words.
     */
    @PreAuthorize(TEAM)
    @Transactional
    public Export export(long id, @Nullable Integer version, Export.Format format) {
        Report report = get(id);
        Document document;
        if (version == null) {
            requireResolved(report.draft());
            document = assembler
                    .assemble(report.draft(), statusOf(null, report.draft().language()))
                    .document();
        } else {
            Document frozen =
                    reports.frozen(id, version).orElseThrow(() -> new UserMessageException("report.error.not-found"));
            Locale language = Locale.of(frozen.language());
            Map<Long, String> released = new HashMap<>();
            source.releasedTexts(frozen.quotedNotes(), ReadPurpose.REPORT)
                    .forEach((note, text) -> released.put(note, placeholders.localize(text, language)));
            document = frozen.onlyReleased(released);
        }
        Export export = render(document, fileName(report, version), format);
        audit.record(
                AuditAction.EXPORT_MADE,
                id,
                export.notes(),
                "report " + id + (version == null ? " concept" : " v" + version) + " " + format.extension() + ": "
                        + report.draft().conversations().size() + " conversations");
        return export;
    }

    static Export render(Document document, String baseName, Export.Format format) {
        int notes = document.quotedNotes().size();
        return switch (format) {
            case PDF -> new Export(baseName + ".pdf", format.contentType(), DocumentPdf.write(document), notes);
            case MARKDOWN ->
                new Export(
                        baseName + ".md",
                        format.contentType(),
                        DocumentMarkdown.write(document).getBytes(StandardCharsets.UTF_8),
                        notes);
            case CSV, JSON -> throw new IllegalArgumentException(format + " is for selections");
        };
    }

    private List<ReportPreview.Finding> findings(ReportDraft draft) {
        Locale locale = draft.language();
        Map<String, String> parts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        parts.put("title", draft.title());
        labels.put("title", t("report.field.title", locale));
        parts.put("place", draft.place());
        labels.put("place", t("report.field.place", locale));
        parts.put("introduction", draft.introduction());
        labels.put("introduction", t("report.introduction", locale));
        draft.texts().forEach((section, text) -> {
            parts.put(section.key(), text);
            labels.put(section.key(), t(section.headingKey(), locale));
        });
        return check.findings(parts, labels, draft.dismissed(), locale);
    }

    private void requireResolved(ReportDraft draft) {
        List<ReportPreview.Finding> open = findings(draft);
        if (!open.isEmpty()) {
            ReportPreview.Finding first = open.getFirst();
            throw new UserMessageException("report.error.unresolved", first.part(), first.words(), open.size());
        }
    }

    private void validate(ReportDraft draft) {
        if (draft.title().isBlank() || draft.title().length() > ReportDraft.MAX_TITLE) {
            throw new UserMessageException("report.error.title");
        }
        if (draft.place().length() > ReportDraft.MAX_PLACE
                || draft.introduction().length() > ReportDraft.MAX_TEXT
                || draft.texts().values().stream().anyMatch(t -> t.length() > ReportDraft.MAX_TEXT)) {
            throw new UserMessageException("report.error.too-long", ReportDraft.MAX_TEXT);
        }
        if (draft.conversations().isEmpty()) {
            throw new UserMessageException("report.error.no-conversations");
        }
        if (draft.conversations().size() > 500) {
            throw new UserMessageException("report.error.too-many", 500);
        }
        Set<Long> closed = source.conversations(draft.conversations(), ReadPurpose.REPORT).stream()
                .map(SourceConversation::id)
                .collect(Collectors.toSet());
        if (!closed.containsAll(draft.conversations())) {
            throw new UserMessageException("report.error.not-closed");
        }
    }

    private String statusOf(@Nullable Integer version, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(Languages.ZONE));
        return version == null
                ? t("report.status.line.concept", locale, Dates.date(today, locale))
                : t("report.status.line.published", locale, version, Dates.date(today, locale));
    }

    private static String fileName(Report report, @Nullable Integer version) {
        String slug = slug(report.draft().title());
        return "verslag-" + slug + (version == null ? "-concept" : "-v" + version);
    }

    /** A file-name-safe form of a title: lower case letters, digits and hyphens. */
    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return plain.isEmpty() ? "document" : plain.substring(0, Math.min(60, plain.length()));
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    static String actor() {
        return CurrentStaff.username().orElseThrow();
    }
}
