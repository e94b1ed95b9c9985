package nl.keukentafel.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.Translations;
import nl.keukentafel.board.ReadPurpose;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.review.Effect;
import nl.keukentafel.review.Overview;
import nl.keukentafel.review.OverviewService;
import nl.keukentafel.review.Placeholders;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Drafts a kenniscafé verslag from the released notes of its conversations: the residents'
 * questions, who sat at the table (counts only), what was heard per category (residents first,
 * grouped by regulation and effect), the insights with their evidence, the agreements, and the
 * figures of the Overzicht. Only notes released for {@link ReadPurpose#REPORT} are read.
 */
@Component
class ReportAssembler {

    /** The category whose notes are the table's agreements. */
    static final Category AGREEMENTS = new Category("agreements");

    private final SourceRepository source;
    private final OverviewService overviews;
    private final Translations translations;
    private final Placeholders placeholders;

    ReportAssembler(
            SourceRepository source, OverviewService overviews, Translations translations, Placeholders placeholders) {
        this.source = source;
        this.overviews = overviews;
        this.translations = translations;
        this.placeholders = placeholders;
    }

    /** The report and the texts the app drafts for each section (shown where the team wrote none). */
    record Assembled(Document document, Map<ReportSection, String> drafted, int notes, int conversations) {}

    private String agreement(SourceRepository.SourceAgreement agreement, Locale locale) {
        String who = agreement.ownerOrganisation() != null
                ? placeholders.localize(agreement.ownerOrganisation(), locale)
                : agreement.ownerRole() != null
                        ? t(agreement.ownerRole().labelKey(), locale)
                        : t("agreement.who.open", locale);
        String when = agreement.dueOn() == null
                ? t("report.agreement.no-date", locale)
                : Dates.date(agreement.dueOn(), locale);
        return t(
                "report.agreement.recorded",
                locale,
                placeholders.localize(agreement.what(), locale),
                who,
                when,
                agreement.municipality(),
                Dates.date(agreement.heldOn(), locale));
    }

    Assembled assemble(ReportDraft draft, String status) {
        Locale locale = draft.language();
        List<SourceConversation> conversations = source.conversations(draft.conversations(), ReadPurpose.REPORT);
        List<Long> ids = conversations.stream().map(SourceConversation::id).toList();
        List<SourceNote> notes = source.notesOf(ids, ReadPurpose.REPORT).stream()
                .filter(n -> !draft.leftOut().contains(n.id()))
                .map(n -> n.withText(placeholders.localize(n.text(), locale)))
                .toList();
        List<SourceRepository.Seats> seats = source.seats(ids);
        int people = seats.stream().mapToInt(SourceRepository.Seats::people).sum();
        int residents = seats.stream()
                .filter(s -> s.role() == TableRole.RESIDENT || s.role() == TableRole.ON_BEHALF_OF_RESIDENT)
                .mapToInt(SourceRepository.Seats::people)
                .sum();
        List<SourceNote> heard =
                notes.stream().filter(n -> !n.category().equals(AGREEMENTS)).toList();
        List<SourceNote> agreements =
                notes.stream().filter(n -> n.category().equals(AGREEMENTS)).toList();
        List<SourceRepository.SourceAgreement> recorded = ids.isEmpty() ? List.of() : source.agreementsOf(ids);
        List<SourceRepository.SupportedInsight> insights = ids.isEmpty()
                ? List.of()
                : source.insightsOf(notes.stream().map(SourceNote::id).toList());
        Overview overview =
                overviews.overviewOf(ids.stream().map(ConversationId::new).toList());

        Map<ReportSection, String> drafted = new EnumMap<>(ReportSection.class);
        drafted.put(ReportSection.QUESTIONS, t(ReportSection.QUESTIONS.draftKey(), locale, conversations.size()));
        drafted.put(ReportSection.TABLE, t(ReportSection.TABLE.draftKey(), locale, people, residents));
        drafted.put(
                ReportSection.HEARD,
                t(
                        ReportSection.HEARD.draftKey(),
                        locale,
                        heard.size(),
                        heard.stream().filter(SourceNote::fromResidentSide).count()));
        drafted.put(ReportSection.INSIGHTS, t(ReportSection.INSIGHTS.draftKey(), locale, insights.size()));
        drafted.put(
                ReportSection.AGREEMENTS,
                t(ReportSection.AGREEMENTS.draftKey(), locale, agreements.size() + recorded.size()));
        drafted.put(ReportSection.CHARTS, t(ReportSection.CHARTS.draftKey(), locale));

        List<Document.Block> blocks = new ArrayList<>();
        if (!draft.introduction().isBlank()) {
            blocks.add(new Document.Heading(2, t("report.introduction", locale)));
            blocks.add(new Document.Text(draft.introduction()));
        }
        section(blocks, ReportSection.QUESTIONS, draft, drafted, locale);
        blocks.add(new Document.Items(true, questions(conversations, locale)));

        section(blocks, ReportSection.TABLE, draft, drafted, locale);
        blocks.add(seatsTable(seats, locale));

        section(blocks, ReportSection.HEARD, draft, drafted, locale);
        heard(blocks, heard, locale);

        section(blocks, ReportSection.INSIGHTS, draft, drafted, locale);
        Map<Long, SourceNote> byId = new LinkedHashMap<>();
        notes.forEach(n -> byId.put(n.id(), n));
        for (SourceRepository.SupportedInsight insight : insights) {
            String heading = insight.title()
                    + ("CONCEPT".equals(insight.status()) ? " (" + t("insight.status.concept", locale) + ")" : "");
            blocks.add(new Document.Heading(3, heading));
            blocks.add(new Document.Text(insight.body()));
            List<Document.Quote> evidence = insight.notes().stream()
                    .map(byId::get)
                    .filter(n -> n != null)
                    .sorted(RESIDENTS_FIRST)
                    .map(n -> quote(n, locale))
                    .toList();
            blocks.add(new Document.Quotes(t("report.evidence", locale), evidence));
        }

        section(blocks, ReportSection.AGREEMENTS, draft, drafted, locale);
        blocks.add(new Document.Quotes(
                null,
                agreements.stream()
                        .map(n -> new Document.Quote(
                                n.id(),
                                n.text(),
                                t(
                                        "report.agreement.by",
                                        locale,
                                        t(n.role().labelKey(), locale),
                                        n.municipality(),
                                        Dates.date(n.heldOn(), locale))))
                        .toList()));
        if (!recorded.isEmpty()) {
            // The agreements the facilitator recorded at the table: what, who and by when.
            blocks.add(new Document.Items(
                    false, recorded.stream().map(a -> agreement(a, locale)).toList()));
        }

        section(blocks, ReportSection.CHARTS, draft, drafted, locale);
        charts(blocks, overview, locale);

        blocks.add(new Document.Heading(2, t("report.how", locale)));
        blocks.add(new Document.Text(t("report.how.text", locale)));

        Document document = new Document(
                locale.getLanguage(),
                draft.title(),
                t(
                        "report.subtitle",
                        locale,
                        Dates.date(draft.cafeDate(), locale),
                        draft.place().isBlank() ? "" : " · " + draft.place()),
                status,
                t("report.generated-by", locale),
                t("report.contents", locale),
                List.copyOf(blocks));
        return new Assembled(document, drafted, notes.size(), conversations.size());
    }

    private static final Comparator<SourceNote> RESIDENTS_FIRST =
            Comparator.comparing((SourceNote n) -> n.fromResidentSide() ? 0 : 1);

    private void section(
            List<Document.Block> blocks,
            ReportSection section,
            ReportDraft draft,
            Map<ReportSection, String> drafted,
            Locale locale) {
        blocks.add(new Document.Heading(2, t(section.headingKey(), locale)));
        blocks.add(new Document.Text(draft.texts().getOrDefault(section, drafted.get(section))));
    }

    /** The residents' questions, one per question, with where and when it was asked. */
    private List<String> questions(List<SourceConversation> conversations, Locale locale) {
        Map<String, List<String>> asked = new LinkedHashMap<>();
        for (SourceConversation c : conversations) {
            asked.computeIfAbsent(c.residentQuestion().strip(), q -> new ArrayList<>())
                    .add(c.municipality() + ", " + Dates.date(c.heldOn(), locale));
        }
        List<String> items = new ArrayList<>();
        asked.forEach((question, where) -> items.add(question + " (" + String.join("; ", where) + ")"));
        return items;
    }

    private Document.Table seatsTable(List<SourceRepository.Seats> seats, Locale locale) {
        Set<TableRole> roles = new TreeSet<>();
        Map<String, Map<TableRole, Integer>> perPlace = new TreeMap<>();
        for (SourceRepository.Seats s : seats) {
            roles.add(s.role());
            perPlace.computeIfAbsent(s.municipality(), m -> new EnumMap<>(TableRole.class))
                    .merge(s.role(), s.people(), Integer::sum);
        }
        List<String> headers = new ArrayList<>();
        headers.add(t("report.table.municipality", locale));
        roles.forEach(r -> headers.add(t(r.labelKey(), locale)));
        headers.add(t("report.table.total", locale));
        List<List<String>> rows = new ArrayList<>();
        Map<TableRole, Integer> totals = new EnumMap<>(TableRole.class);
        perPlace.forEach((place, counts) -> {
            List<String> row = new ArrayList<>();
            row.add(place);
            roles.forEach(r -> row.add(String.valueOf(counts.getOrDefault(r, 0))));
            row.add(String.valueOf(
                    counts.values().stream().mapToInt(Integer::intValue).sum()));
            counts.forEach((r, n) -> totals.merge(r, n, Integer::sum));
            rows.add(row);
        });
        if (perPlace.size() != 1) {
            List<String> total = new ArrayList<>();
            total.add(t("report.table.total", locale));
            roles.forEach(r -> total.add(String.valueOf(totals.getOrDefault(r, 0))));
            total.add(String.valueOf(
                    totals.values().stream().mapToInt(Integer::intValue).sum()));
            rows.add(total);
        }
        return new Document.Table(t("report.table.caption", locale), headers, rows);
    }

    /** Per category in board order; within it per regulation and effect, biggest group first. */
    private void heard(List<Document.Block> blocks, List<SourceNote> notes, Locale locale) {
        Map<Category, List<SourceNote>> perCategory = new LinkedHashMap<>();
        for (Category category : categoryOrder(notes)) {
            perCategory.put(category, new ArrayList<>());
        }
        notes.forEach(n -> perCategory.get(n.category()).add(n));
        perCategory.forEach((category, inCategory) -> {
            if (inCategory.isEmpty()) {
                return;
            }
            blocks.add(new Document.Heading(3, t(category.labelKey(), locale) + " (" + inCategory.size() + ")"));
            Map<String, List<SourceNote>> groups = new LinkedHashMap<>();
            for (SourceNote n : inCategory) {
                groups.computeIfAbsent(groupOf(n, locale), g -> new ArrayList<>())
                        .add(n);
            }
            String untagged = t("report.group.untagged", locale);
            groups.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, List<SourceNote>> e) ->
                                    e.getKey().equals(untagged) ? 1 : 0)
                            .thenComparing(e -> -e.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(group -> blocks.add(new Document.Quotes(
                            group.getKey(),
                            group.getValue().stream()
                                    .sorted(RESIDENTS_FIRST)
                                    .map(n -> quote(n, locale))
                                    .toList())));
        });
    }

    /** A group's name: the note's regulations and effect, or "without a tag". */
    private String groupOf(SourceNote note, Locale locale) {
        List<String> parts = new ArrayList<>(note.regulations());
        Effect effect = note.effect();
        if (effect != null) {
            parts.add(t(effect.labelKey(), locale));
        }
        return parts.isEmpty() ? t("report.group.untagged", locale) : String.join(" · ", parts);
    }

    /** The categories of the templates in board order, then any other category. */
    private static List<Category> categoryOrder(List<SourceNote> notes) {
        Set<Category> order = new LinkedHashSet<>();
        for (BoardTemplate template : BoardTemplate.values()) {
            order.addAll(template.categories());
        }
        notes.forEach(n -> order.add(n.category()));
        return List.copyOf(order);
    }

    private Document.Quote quote(SourceNote note, Locale locale) {
        return new Document.Quote(
                note.id(), note.text(), t(note.role().labelKey(), locale) + " · " + note.municipality());
    }

    private void charts(List<Document.Block> blocks, Overview overview, Locale locale) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<Document.ChartValue> perMonth = new ArrayList<>();
        overview.conversationsPerMonth()
                .forEach((YearMonth m, Integer n) -> perMonth.add(new Document.ChartValue(m.format(month), "", n)));
        List<Document.ChartValue> perRole = new ArrayList<>();
        overview.participantsPerRole()
                .forEach((role, n) -> perRole.add(new Document.ChartValue(t(role.labelKey(), locale), "", n)));
        List<Document.ChartValue> perCategory = new ArrayList<>();
        overview.notesPerCategory()
                .forEach((category, n) ->
                        perCategory.add(new Document.ChartValue(t(category.labelKey(), locale), "", n)));
        List<Document.ChartValue> bottlenecks = overview.bottlenecks().stream()
                .map(b -> new Document.ChartValue(b.regulation(), b.municipality(), b.notes()))
                .toList();
        addChart(blocks, "overview.months", "overview.conversations", false, perMonth, locale);
        addChart(blocks, "overview.roles", "overview.participants", false, perRole, locale);
        addChart(blocks, "overview.categories", "overview.notes", false, perCategory, locale);
        addChart(blocks, "overview.bottlenecks", "overview.notes", true, bottlenecks, locale);
    }

    private void addChart(
            List<Document.Block> blocks,
            String titleKey,
            String axisKey,
            boolean stacked,
            List<Document.ChartValue> values,
            Locale locale) {
        if (!values.isEmpty()) {
            blocks.add(new Document.Chart(t(titleKey, locale), t(axisKey, locale), stacked, values));
        }
    }

    private String t(String key, Locale locale, @Nullable Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
