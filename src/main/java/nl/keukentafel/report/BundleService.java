package nl.keukentafel.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.Languages;
import nl.keukentafel.base.Translations;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.board.ReadPurpose;
import nl.keukentafel.review.Placeholders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The casuïstiekbundel for education: a team member (often a teacher-researcher) builds cases from
 * notes whose authors allowed them in the case bundle, with the insights they draw on, what happened
 * and questions for students. The export refuses, naming the case, while the check finds a personal
 * detail in the author's texts that nobody resolved, or a case quotes a note that is no longer
 * released (docs/adr/0012).
 */
@Service
public class BundleService {

    /** The most cases one bundle holds, and notes one case quotes. */
    public static final int MAX_CASES = 100;

    public static final int MAX_NOTES = 30;

    private final BundleRepository bundles;
    private final SourceRepository source;
    private final TextCheck check;
    private final Translations translations;
    private final Placeholders placeholders;
    private final AuditTrail audit;
    private final Clock clock;

    BundleService(
            BundleRepository bundles,
            SourceRepository source,
            TextCheck check,
            Translations translations,
            Placeholders placeholders,
            AuditTrail audit,
            Clock clock) {
        this.bundles = bundles;
        this.source = source;
        this.check = check;
        this.translations = translations;
        this.placeholders = placeholders;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ReportService.TEAM)
    @Transactional(readOnly = true)
    public List<Bundle.Summary> list() {
        return bundles.list();
    }

    @PreAuthorize(ReportService.TEAM)
    @Transactional(readOnly = true)
    public Bundle get(long id) {
        return bundles.find(id).orElseThrow(() -> new UserMessageException("bundle.error.not-found"));
    }

    @PreAuthorize(ReportService.TEAM)
    @Transactional
    public long create(BundleDraft draft) {
        validate(draft);
        return bundles.insert(draft, ReportService.actor());
    }

    @PreAuthorize(ReportService.TEAM)
    @Transactional
    public void update(long id, int version, BundleDraft draft) {
        validate(draft);
        get(id);
        if (!bundles.update(id, version, draft, ReportService.actor())) {
            throw new UserMessageException("report.error.changed");
        }
    }

    @PreAuthorize(ReportService.TEAM)
    @Transactional
    public void delete(long id) {
        get(id);
        bundles.delete(id);
    }

    @PreAuthorize(ReportService.TEAM)
    @Transactional
    public long addCase(long bundle, CaseDraft draft) {
        if (get(bundle).cases().size() >= MAX_CASES) {
            throw new UserMessageException("bundle.error.too-many-cases", MAX_CASES);
        }
        validate(draft);
        long id = bundles.insertCase(bundle, draft);
        bundles.touch(bundle, ReportService.actor());
        return id;
    }

    @PreAuthorize(ReportService.TEAM)
    @Transactional
    public void updateCase(long caseId, CaseDraft draft) {
        long bundle = bundleOf(caseId);
        validate(draft);
        bundles.updateCase(caseId, draft);
        bundles.touch(bundle, ReportService.actor());
    }

    @PreAuthorize(ReportService.TEAM)
    @Transactional
    public void removeCase(long caseId) {
        long bundle = bundleOf(caseId);
        bundles.deleteCase(caseId);
        bundles.touch(bundle, ReportService.actor());
    }

    /** Moves a case one place earlier ({@code -1}) or later ({@code 1}). */
    @PreAuthorize(ReportService.TEAM)
    @Transactional
    public void moveCase(long caseId, int direction) {
        long bundle = bundleOf(caseId);
        bundles.move(bundle, caseId, direction);
        bundles.touch(bundle, ReportService.actor());
    }

    /** Notes with case-bundle consent whose words contain all these words, newest conversations last. */
    @PreAuthorize(ReportService.TEAM)
    @Transactional(readOnly = true)
    public List<SourceNote> candidates(String words, Locale language) {
        return source.search(words, ReadPurpose.CASE_BUNDLE, 200).stream()
                .map(n -> n.withText(placeholders.localize(n.text(), language)))
                .toList();
    }

    /** These notes as far as they are released for the case bundle. */
    @PreAuthorize(ReportService.TEAM)
    @Transactional(readOnly = true)
    public List<SourceNote> notes(List<Long> ids, Locale language) {
        return source.notes(ids, ReadPurpose.CASE_BUNDLE).stream()
                .map(n -> n.withText(placeholders.localize(n.text(), language)))
                .toList();
    }

    /** Insights a case can draw on: id and title, newest first. */
    @PreAuthorize(ReportService.TEAM)
    @Transactional(readOnly = true)
    public Map<Long, String> insights() {
        Map<Long, String> titles = new LinkedHashMap<>();
        source.allInsights().forEach(i -> titles.put(i.id(), i.title()));
        return titles;
    }

    /** The bundle as it would print now, with what stands in the way of an export. */
    @PreAuthorize(ReportService.TEAM)
    @Transactional(readOnly = true)
    public BundlePreview preview(long id) {
        Bundle bundle = get(id);
        Map<Long, SourceNote> notes = releasedNotes(bundle);
        return new BundlePreview(
                DocumentHtml.write(assemble(bundle, notes), DocumentHtml.Target.SCREEN),
                bundleFindings(bundle.draft()),
                checks(bundle, notes));
    }

    /**
     * Exports the bundle. Refuses, naming the case, while a personal detail in an author's text is
     * unresolved or a case quotes a note that may no longer be used.
     */
    @PreAuthorize(ReportService.TEAM)
    @Transactional
    public Export export(long id, Export.Format format) {
        Bundle bundle = get(id);
        if (bundle.cases().isEmpty()) {
            throw new UserMessageException("bundle.error.no-cases");
        }
        List<ReportPreview.Finding> own = bundleFindings(bundle.draft());
        if (!own.isEmpty()) {
            throw new UserMessageException(
                    "report.error.unresolved",
                    own.getFirst().part(),
                    own.getFirst().words(),
                    own.size());
        }
        Map<Long, SourceNote> notes = releasedNotes(bundle);
        for (BundlePreview.CaseCheck c : checks(bundle, notes)) {
            if (!c.findings().isEmpty()) {
                ReportPreview.Finding first = c.findings().getFirst();
                throw new UserMessageException(
                        "bundle.error.unresolved", c.title(), first.words(), first.placeholder(), first.part());
            }
            if (c.notReleased() > 0) {
                throw new UserMessageException("bundle.error.not-released", c.title(), c.notReleased());
            }
        }
        Document document = assemble(bundle, notes);
        Export export = ReportService.render(
                document, "lesbundel-" + ReportService.slug(bundle.draft().title()), format);
        audit.record(
                AuditAction.EXPORT_MADE,
                id,
                export.notes(),
                "bundle " + id + " " + format.extension() + ": "
                        + bundle.cases().size() + " cases");
        return export;
    }

    /** The bundle's notes that are still released for the case bundle, in the bundle's language. */
    private Map<Long, SourceNote> releasedNotes(Bundle bundle) {
        Locale locale = bundle.draft().language();
        Set<Long> all = new LinkedHashSet<>();
        bundle.cases().forEach(c -> all.addAll(c.draft().notes()));
        return source.notes(all, ReadPurpose.CASE_BUNDLE).stream()
                .map(n -> n.withText(placeholders.localize(n.text(), locale)))
                .collect(Collectors.toMap(SourceNote::id, Function.identity()));
    }

    private List<BundlePreview.CaseCheck> checks(Bundle bundle, Map<Long, SourceNote> notes) {
        Locale locale = bundle.draft().language();
        Set<Long> released = notes.keySet();
        List<BundlePreview.CaseCheck> checks = new ArrayList<>();
        for (Bundle.Case c : bundle.cases()) {
            CaseDraft draft = c.draft();
            List<ReportPreview.Finding> findings = caseFindings(draft, locale);
            int gone = (int)
                    draft.notes().stream().filter(n -> !released.contains(n)).count();
            checks.add(new BundlePreview.CaseCheck(c.id(), draft.title(), findings, gone));
        }
        return checks;
    }

    private List<ReportPreview.Finding> bundleFindings(BundleDraft draft) {
        Locale locale = draft.language();
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("title", draft.title());
        parts.put("subtitle", draft.subtitle());
        parts.put("introduction", draft.introduction());
        return check.findings(parts, labels(locale), draft.dismissed(), locale);
    }

    private List<ReportPreview.Finding> caseFindings(CaseDraft draft, Locale locale) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("case-title", draft.title());
        parts.put("what-happened", draft.whatHappened());
        parts.put("questions", draft.questions());
        return check.findings(parts, labels(locale), draft.dismissed(), locale);
    }

    private Map<String, String> labels(Locale locale) {
        return Map.of(
                "title", t("bundle.field.title", locale),
                "subtitle", t("bundle.field.subtitle", locale),
                "introduction", t("bundle.field.introduction", locale),
                "case-title", t("bundle.case.title", locale),
                "what-happened", t("bundle.case.what-happened", locale),
                "questions", t("bundle.case.questions", locale));
    }

    /** What the check finds in a case's texts as they are typed, before it is saved. */
    @PreAuthorize(ReportService.TEAM)
    public List<ReportPreview.Finding> check(CaseDraft draft, Locale language) {
        return caseFindings(draft, language);
    }

    /** What the check finds in the bundle's own texts as they are typed. */
    @PreAuthorize(ReportService.TEAM)
    public List<ReportPreview.Finding> check(BundleDraft draft) {
        return bundleFindings(draft);
    }

    /** The bundle as blocks: about the bundle, how the cases were gathered, then one case per chapter. */
    private Document assemble(Bundle bundle, Map<Long, SourceNote> notes) {
        Locale locale = bundle.draft().language();
        Set<Long> insightIds = new LinkedHashSet<>();
        bundle.cases().forEach(c -> insightIds.addAll(c.draft().insights()));
        Map<Long, SourceRepository.SupportedInsight> insights = source.insights(insightIds).stream()
                .collect(Collectors.toMap(SourceRepository.SupportedInsight::id, Function.identity()));
        Set<Long> conversations = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        notes.values().forEach(n -> {
            conversations.add(n.conversationId());
            places.add(n.municipality());
        });

        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Heading(2, t("bundle.about", locale)));
        if (!bundle.draft().introduction().isBlank()) {
            blocks.add(new Document.Text(bundle.draft().introduction()));
        }
        blocks.add(new Document.Text(
                t("bundle.about.figures", locale, bundle.cases().size(), conversations.size(), places.size())));
        blocks.add(new Document.Heading(3, t("bundle.how", locale)));
        blocks.add(new Document.Text(t("bundle.how.text", locale)));
        int number = 0;
        for (Bundle.Case c : bundle.cases()) {
            CaseDraft draft = c.draft();
            blocks.add(new Document.PageBreak());
            blocks.add(new Document.Heading(2, t("bundle.case.heading", locale, ++number, draft.title())));
            blocks.add(new Document.Heading(3, t("bundle.case.situation", locale)));
            List<SourceNote> quoted = draft.notes().stream()
                    .map(notes::get)
                    .filter(n -> n != null)
                    .toList();
            blocks.add(new Document.Quotes(
                    null,
                    quoted.stream()
                            .map(n -> new Document.Quote(
                                    n.id(),
                                    n.text(),
                                    t(n.role().labelKey(), locale) + " · " + n.municipality() + " · "
                                            + n.heldOn().getYear()))
                            .toList()));
            Set<String> regulations = new TreeSet<>();
            quoted.forEach(n -> regulations.addAll(n.regulations()));
            blocks.add(new Document.Heading(3, t("bundle.case.regulations", locale)));
            if (regulations.isEmpty()) {
                blocks.add(new Document.Text(t("bundle.case.no-regulations", locale)));
            } else {
                blocks.add(new Document.Items(false, List.copyOf(regulations)));
            }
            if (!draft.whatHappened().isBlank()) {
                blocks.add(new Document.Heading(3, t("bundle.case.what-happened", locale)));
                blocks.add(new Document.Text(draft.whatHappened()));
            }
            List<SourceRepository.SupportedInsight> drawn = draft.insights().stream()
                    .map(insights::get)
                    .filter(i -> i != null)
                    .toList();
            if (!drawn.isEmpty()) {
                blocks.add(new Document.Heading(3, t("bundle.case.insights", locale)));
                for (SourceRepository.SupportedInsight insight : drawn) {
                    blocks.add(new Document.Heading(4, insight.title()));
                    blocks.add(new Document.Text(insight.body()));
                }
            }
            if (!draft.questionList().isEmpty()) {
                blocks.add(new Document.Heading(3, t("bundle.case.questions", locale)));
                blocks.add(new Document.Items(true, draft.questionList()));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(Languages.ZONE));
        return new Document(
                locale.getLanguage(),
                bundle.draft().title(),
                bundle.draft().subtitle().isBlank()
                        ? t("bundle.default-subtitle", locale)
                        : bundle.draft().subtitle(),
                t("bundle.status-line", locale, Dates.date(today, locale)),
                t("report.generated-by", locale),
                t("report.contents", locale),
                List.copyOf(blocks));
    }

    private void validate(BundleDraft draft) {
        if (draft.title().isBlank() || draft.title().length() > ReportDraft.MAX_TITLE) {
            throw new UserMessageException("report.error.title");
        }
        if (draft.subtitle().length() > ReportDraft.MAX_TITLE
                || draft.introduction().length() > ReportDraft.MAX_TEXT) {
            throw new UserMessageException("report.error.too-long", ReportDraft.MAX_TEXT);
        }
    }

    private void validate(CaseDraft draft) {
        if (draft.title().isBlank() || draft.title().length() > ReportDraft.MAX_TITLE) {
            throw new UserMessageException("bundle.error.case-title");
        }
        if (draft.whatHappened().length() > CaseDraft.MAX_TEXT
                || draft.questions().length() > CaseDraft.MAX_QUESTIONS) {
            throw new UserMessageException("report.error.too-long", CaseDraft.MAX_TEXT);
        }
        if (draft.notes().isEmpty()) {
            throw new UserMessageException("bundle.error.no-notes");
        }
        if (draft.notes().size() > MAX_NOTES) {
            throw new UserMessageException("bundle.error.too-many-notes", MAX_NOTES);
        }
        Set<Long> released = source.notes(draft.notes(), ReadPurpose.CASE_BUNDLE).stream()
                .map(SourceNote::id)
                .collect(Collectors.toSet());
        if (!released.containsAll(draft.notes())) {
            throw new UserMessageException("bundle.error.note-not-allowed");
        }
    }

    private long bundleOf(long caseId) {
        return bundles.bundleOf(caseId).orElseThrow(() -> new UserMessageException("bundle.error.not-found"));
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
