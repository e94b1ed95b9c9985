package nl.keukentafel.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.Languages;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.BackgroundDownload;
import nl.keukentafel.base.ui.Confirmations;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.report.Export;
import nl.keukentafel.report.Report;
import nl.keukentafel.report.ReportDraft;
import nl.keukentafel.report.ReportFilter;
import nl.keukentafel.report.ReportPreview;
import nl.keukentafel.report.ReportSection;
import nl.keukentafel.report.ReportService;
import nl.keukentafel.report.SourceConversation;
import nl.keukentafel.report.SourceNote;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Writes a kenniscafé verslag: the café's details, the conversations it is about (filtered, then
 * picked by hand), the introduction and each section's text (drafted by the app, rewritten where
 * the team wants), the quotes to leave out; with a live preview beside it. Saved reports export as
 * PDF and Markdown and publish as frozen versions.
 */
@Route("reports/new")
@RouteAlias("reports/:" + ReportEditorView.ID + "([0-9]{1,18})")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN})
class ReportEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final ReportService reports;
    private final H1 heading = new H1();
    private final Div notices = new Div();
    private final TextField title = new TextField();
    private final DatePicker cafeDate = new DatePicker();
    private final TextField place = new TextField();
    private final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    private final ComboBox<ReferenceItem> theme = new ComboBox<>();
    private final ComboBox<ReferenceItem> werkteam = new ComboBox<>();
    private final ComboBox<ReferenceItem> municipality = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<SourceConversation> conversations = new Grid<>();
    private final Span chosenCount = new Span();
    private final TextArea introduction = new TextArea();
    private final Map<ReportSection, TextArea> sectionTexts = new EnumMap<>(ReportSection.class);
    private final Set<ReportSection> ownTexts = new HashSet<>();
    private final Grid<SourceNote> quotes = new Grid<>();
    private final Details quotesDetails = new Details();
    private final FindingsPanel findings;
    private final PreviewFrame preview = new PreviewFrame("report-preview");
    private final Span previewStatus = new Span();
    private final Div exports = new Div();
    private final Div versions = new Div();
    private final Button publish = new Button();
    private final Button delete = new Button();
    private Map<ReportSection, String> drafted = new EnumMap<>(ReportSection.class);
    private Set<String> dismissed = new HashSet<>();
    private Set<Long> leftOut = new HashSet<>();
    private List<SourceNote> quotable = List.of();
    private @Nullable Long editing;
    private int version;
    private boolean loading;

    ReportEditorView(ReportService reports, ReferenceDataService reference) {
        this.reports = reports;
        addClassName("report-editor");
        findings = new FindingsPanel("report-findings", this::replace, this::dismiss);

        title.setLabel(getTranslation("report.field.title"));
        title.setRequired(true);
        title.setMaxLength(ReportDraft.MAX_TITLE);
        title.setWidthFull();
        title.setId("report-title");
        cafeDate.setLabel(getTranslation("report.field.date"));
        cafeDate.setRequired(true);
        cafeDate.setId("report-date");
        place.setLabel(getTranslation("report.field.place"));
        place.setMaxLength(ReportDraft.MAX_PLACE);
        place.setId("report-place");
        language.setLabel(getTranslation("report.field.language"));
        language.setItems(Languages.DUTCH, Languages.ENGLISH);
        language.setItemLabelGenerator(l -> getTranslation("report.language." + l.getLanguage()));
        language.setValue(Languages.DUTCH);
        language.setId("report-language");
        for (TextField field : List.of(title, place)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(600);
        }

        setUpFilter(theme, "conversation.theme", reference.listActive(ReferenceKind.THEME), "report-theme");
        setUpFilter(werkteam, "conversation.werkteam", reference.listActive(ReferenceKind.WERKTEAM), "report-werkteam");
        setUpFilter(
                municipality,
                "conversation.municipality",
                reference.listActive(ReferenceKind.MUNICIPALITY),
                "report-municipality");
        from.setLabel(getTranslation("review.from"));
        from.setId("report-from");
        to.setLabel(getTranslation("review.to"));
        to.setId("report-to");
        from.addValueChangeListener(e -> filtersChanged(e.isFromClient()));
        to.addValueChangeListener(e -> filtersChanged(e.isFromClient()));

        conversations.setId("report-conversations");
        conversations.setAriaLabel(getTranslation("report.conversations"));
        conversations.setSelectionMode(Grid.SelectionMode.MULTI);
        conversations.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        conversations
                .addColumn(SourceConversation::title)
                .setHeader(getTranslation("review.column.conversation"))
                .setFlexGrow(3);
        conversations
                .addColumn(SourceConversation::municipality)
                .setHeader(getTranslation("conversation.municipality"));
        conversations
                .addColumn(c -> Dates.date(c.heldOn(), getLocale()))
                .setHeader(getTranslation("review.column.date"));
        conversations
                .addColumn(c -> String.valueOf(c.releasedNotes()))
                .setHeader(getTranslation("report.column.notes"));
        conversations.setHeight("18rem");
        conversations.addSelectionListener(e -> {
            if (!loading) {
                conversationsChanged();
            }
        });
        chosenCount.setId("report-conversation-count");
        chosenCount.getElement().setAttribute("aria-live", "polite");

        introduction.setLabel(getTranslation("report.introduction"));
        introduction.setHelperText(getTranslation("report.introduction.help"));
        introduction.setMaxLength(ReportDraft.MAX_TEXT);
        introduction.setWidthFull();
        introduction.setMinHeight("7rem");
        introduction.setId("report-introduction");
        introduction.setValueChangeMode(ValueChangeMode.LAZY);
        introduction.setValueChangeTimeout(800);

        Div sections = new Div();
        sections.addClassName("report-sections");
        for (ReportSection section : ReportSection.values()) {
            TextArea area = new TextArea(getTranslation(section.headingKey()));
            area.setHelperText(getTranslation("report.section.help"));
            area.setMaxLength(ReportDraft.MAX_TEXT);
            area.setWidthFull();
            area.setId("report-text-" + section.key());
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(800);
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    String proposal = drafted.getOrDefault(section, "");
                    if (e.getValue().strip().equals(proposal.strip())
                            || e.getValue().isBlank()) {
                        ownTexts.remove(section);
                    } else {
                        ownTexts.add(section);
                    }
                    refresh();
                }
            });
            Button restore = new Button(getTranslation("report.section.restore"), e -> {
                ownTexts.remove(section);
                area.setValue(drafted.getOrDefault(section, ""));
                refresh();
            });
            restore.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            restore.setId("report-restore-" + section.key());
            sectionTexts.put(section, area);
            sections.add(area, restore);
        }

        quotes.setId("report-quotes");
        quotes.setAriaLabel(getTranslation("report.quotes"));
        quotes.setSelectionMode(Grid.SelectionMode.MULTI);
        quotes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        quotes.addColumn(SourceNote::text)
                .setHeader(getTranslation("review.column.text"))
                .setFlexGrow(4);
        quotes.addColumn(n -> getTranslation(n.role().labelKey())).setHeader(getTranslation("review.column.role"));
        quotes.addColumn(n -> getTranslation(n.category().labelKey()))
                .setHeader(getTranslation("review.column.category"));
        quotes.setHeight("24rem");
        quotes.addSelectionListener(e -> {
            if (!loading && e.isFromClient()) {
                Set<Long> kept =
                        e.getAllSelectedItems().stream().map(SourceNote::id).collect(Collectors.toSet());
                leftOut = quotable.stream()
                        .map(SourceNote::id)
                        .filter(id -> !kept.contains(id))
                        .collect(Collectors.toCollection(HashSet::new));
                updateQuotesSummary();
                refresh();
            }
        });
        quotesDetails.setSummaryText(getTranslation("report.quotes"));
        quotesDetails.add(new Paragraph(getTranslation("report.quotes.help")), quotes);
        quotesDetails.setId("report-quotes-details");

        title.addValueChangeListener(e -> changed(e.isFromClient()));
        cafeDate.addValueChangeListener(e -> changed(e.isFromClient()));
        place.addValueChangeListener(e -> changed(e.isFromClient()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                loadQuotable();
                refresh();
            }
        });
        introduction.addValueChangeListener(e -> changed(e.isFromClient()));

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("report-save");
        publish.setText(getTranslation("report.publish"));
        publish.setId("report-publish");
        publish.addClickListener(e -> confirmPublish());
        delete.setText(getTranslation("report.delete"));
        delete.setId("report-delete");
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        exports.addClassName("report-exports");
        exports.setId("report-exports");
        versions.addClassName("report-versions");
        versions.setId("report-versions");

        FlexLayout filterBar = new FlexLayout(theme, werkteam, municipality, from, to);
        filterBar.addClassName("review-filters");
        filterBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Div form = new Div(
                heading,
                notices,
                title,
                new HorizontalLayout(cafeDate, place),
                language,
                new H2(getTranslation("report.conversations")),
                new Paragraph(getTranslation("report.conversations.help")),
                filterBar,
                chosenCount,
                conversations,
                new H2(getTranslation("report.texts")),
                introduction,
                sections,
                quotesDetails,
                findings,
                new HorizontalLayout(save, publish, delete),
                new H2(getTranslation("report.downloads")),
                exports,
                versions);
        form.addClassName("report-form");
        previewStatus.setId("report-preview-status");
        previewStatus.addClassName("report-preview-status");
        previewStatus.getElement().setAttribute("aria-live", "polite");
        Div previewPane = new Div(new H2(getTranslation("report.preview")), previewStatus, preview);
        previewPane.addClassName("report-preview-pane");
        add(form, previewPane);
    }

    private void setUpFilter(ComboBox<ReferenceItem> box, String label, List<ReferenceItem> items, String id) {
        box.setLabel(getTranslation(label));
        box.setItems(items);
        box.setItemLabelGenerator(ReferenceItem::name);
        box.setClearButtonVisible(true);
        box.setPlaceholder(getTranslation("review.filter.any"));
        box.setId(id);
        box.addValueChangeListener(e -> filtersChanged(e.isFromClient()));
    }

    static String link(long id) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(ReportEditorView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loading = true;
        try {
            Optional<String> id = event.getRouteParameters().get(ID);
            if (id.isPresent()) {
                load(Long.parseLong(id.get()));
            } else {
                editing = null;
                heading.setText(getTranslation("report.new"));
                cafeDate.setValue(LocalDate.now(Languages.ZONE));
                applyFilters(event.getLocation().getQueryParameters());
                showConversations(Set.of(), true);
                showSaved(null);
            }
        } catch (UserMessageException refusal) {
            Notifications.error(refusal);
            event.forwardTo(ReportsView.class);
            return;
        } finally {
            loading = false;
        }
        refresh();
    }

    private void load(long id) {
        Report report = reports.get(id);
        ReportDraft draft = report.draft();
        editing = id;
        version = report.version();
        heading.setText(draft.title());
        title.setValue(draft.title());
        cafeDate.setValue(draft.cafeDate());
        place.setValue(draft.place());
        language.setValue(draft.language().getLanguage().equals("en") ? Languages.ENGLISH : Languages.DUTCH);
        introduction.setValue(draft.introduction());
        applyFilters(QueryParameters.fromString(draft.filters()));
        showConversations(Set.copyOf(draft.conversations()), false);
        ownTexts.clear();
        ownTexts.addAll(draft.texts().keySet());
        draft.texts().forEach((section, text) -> sectionTexts.get(section).setValue(text));
        dismissed = new HashSet<>(draft.dismissed());
        leftOut = new HashSet<>(draft.leftOut());
        showSaved(report);
    }

    private void applyFilters(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        select(theme, values.get("theme"));
        select(werkteam, values.get("werkteam"));
        select(municipality, values.get("municipality"));
        from.setValue(date(values.get("from")));
        to.setValue(date(values.get("to")));
    }

    private static void select(ComboBox<ReferenceItem> box, @Nullable List<String> value) {
        box.clear();
        if (value == null || value.isEmpty()) {
            return;
        }
        box.getListDataView()
                .getItems()
                .filter(item -> String.valueOf(item.id()).equals(value.getFirst()))
                .findFirst()
                .ifPresent(box::setValue);
    }

    private static @Nullable LocalDate date(@Nullable List<String> value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.getFirst());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String filters() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (theme.getValue() != null) {
            values.put("theme", List.of(String.valueOf(theme.getValue().id())));
        }
        if (werkteam.getValue() != null) {
            values.put("werkteam", List.of(String.valueOf(werkteam.getValue().id())));
        }
        if (municipality.getValue() != null) {
            values.put(
                    "municipality",
                    List.of(String.valueOf(municipality.getValue().id())));
        }
        if (from.getValue() != null) {
            values.put("from", List.of(from.getValue().toString()));
        }
        if (to.getValue() != null) {
            values.put("to", List.of(to.getValue().toString()));
        }
        return new QueryParameters(values).getQueryString();
    }

    private void filtersChanged(boolean fromClient) {
        if (fromClient && !loading) {
            showConversations(Set.of(), true);
            conversationsChanged();
        }
    }

    /** Lists the conversations the filters find; selects all of them or the given ones. */
    private void showConversations(Set<Long> chosen, boolean all) {
        boolean was = loading;
        loading = true;
        try {
            List<SourceConversation> found = reports.conversations(new ReportFilter(
                    theme.getValue() == null ? null : theme.getValue().id(),
                    werkteam.getValue() == null ? null : werkteam.getValue().id(),
                    municipality.getValue() == null
                            ? null
                            : municipality.getValue().id(),
                    from.getValue(),
                    to.getValue()));
            conversations.setItems(found);
            conversations.deselectAll();
            found.stream().filter(c -> all || chosen.contains(c.id())).forEach(conversations::select);
            loadQuotable();
        } finally {
            loading = was;
        }
        updateChosenCount();
    }

    private void conversationsChanged() {
        updateChosenCount();
        loadQuotable();
        refresh();
    }

    private void updateChosenCount() {
        chosenCount.setText(getTranslation(
                "report.conversations.chosen",
                conversations.getSelectedItems().size(),
                conversations.getListDataView().getItemCount()));
    }

    private void loadQuotable() {
        boolean was = loading;
        loading = true;
        try {
            quotable = chosenConversations().isEmpty()
                    ? List.of()
                    : reports.quotable(chosenConversations(), language.getValue());
            quotes.setItems(quotable);
            quotes.deselectAll();
            quotable.stream().filter(n -> !leftOut.contains(n.id())).forEach(quotes::select);
        } finally {
            loading = was;
        }
        updateQuotesSummary();
    }

    private void updateQuotesSummary() {
        long kept = quotable.stream().filter(n -> !leftOut.contains(n.id())).count();
        quotesDetails.setSummaryText(getTranslation("report.quotes.summary", kept, quotable.size()));
    }

    private List<Long> chosenConversations() {
        return conversations.getSelectedItems().stream()
                .map(SourceConversation::id)
                .sorted()
                .toList();
    }

    private void changed(boolean fromClient) {
        if (fromClient && !loading) {
            refresh();
        }
    }

    private ReportDraft draft() {
        Map<ReportSection, String> own = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ownTexts) {
            own.put(section, sectionTexts.get(section).getValue());
        }
        Set<Long> quotableIds = quotable.stream().map(SourceNote::id).collect(Collectors.toSet());
        return new ReportDraft(
                title.getValue().strip(),
                cafeDate.getValue() == null ? LocalDate.now(Languages.ZONE) : cafeDate.getValue(),
                place.getValue().strip(),
                introduction.getValue().strip(),
                language.getValue() == null ? Languages.DUTCH : language.getValue(),
                chosenConversations(),
                filters(),
                own,
                leftOut.stream().filter(quotableIds::contains).collect(Collectors.toSet()),
                dismissed);
    }

    /** Drafts the report again from what the form holds and shows it. */
    private void refresh() {
        ReportDraft draft = draft();
        if (draft.conversations().isEmpty()) {
            previewStatus.setText(getTranslation("report.preview.no-conversations"));
            preview.show("<!DOCTYPE html><html><body></body></html>");
            findings.show(List.of());
            return;
        }
        ReportDraft shown = draft.title().isEmpty()
                ? new ReportDraft(
                        getTranslation("report.untitled"),
                        draft.cafeDate(),
                        draft.place(),
                        draft.introduction(),
                        draft.language(),
                        draft.conversations(),
                        draft.filters(),
                        draft.texts(),
                        draft.leftOut(),
                        draft.dismissed())
                : draft;
        ReportPreview result = reports.preview(shown);
        drafted = result.drafted();
        for (ReportSection section : ReportSection.values()) {
            if (!ownTexts.contains(section)) {
                sectionTexts.get(section).setValue(drafted.getOrDefault(section, ""));
            }
        }
        preview.show(result.html());
        previewStatus.setText(getTranslation("report.preview.figures", result.conversations(), result.notes()));
        findings.show(
                draft.title().isEmpty()
                        ? result.findings().stream()
                                .filter(f -> !f.field().equals("title"))
                                .toList()
                        : result.findings());
    }

    private void replace(ReportPreview.Finding finding) {
        Component field = fieldOf(finding.field());
        if (field instanceof TextField text) {
            text.setValue(text.getValue().replace(finding.words(), finding.placeholder()));
        } else if (field instanceof TextArea area) {
            area.setValue(area.getValue().replace(finding.words(), finding.placeholder()));
        }
        refresh();
    }

    private void dismiss(ReportPreview.Finding finding) {
        dismissed.add(finding.words());
        refresh();
    }

    private @Nullable Component fieldOf(String key) {
        return switch (key) {
            case "title" -> title;
            case "place" -> place;
            case "introduction" -> introduction;
            default -> ReportSection.ofKey(key).map(sectionTexts::get).orElse(null);
        };
    }

    /** Saves; returns whether it went through. */
    private boolean save() {
        return Notifications.attempt(() -> {
            ReportDraft draft = draft();
            if (editing == null) {
                long id = reports.create(draft);
                Notifications.success(getTranslation("report.saved"));
                getUI().ifPresent(ui -> ui.navigate(link(id)));
            } else {
                reports.update(editing, version, draft);
                load(editing);
                refresh();
                Notifications.success(getTranslation("report.saved"));
            }
        });
    }

    private void confirmPublish() {
        if (editing == null) {
            Notifications.error(new UserMessageException("report.error.save-first"));
            return;
        }
        Confirmations.confirmDestructive(
                getTranslation("report.publish.title"),
                getTranslation("report.publish.explanation"),
                getTranslation("report.publish"),
                () -> {
                    if (!save()) {
                        return;
                    }
                    long id = editing;
                    Notifications.attempt(() -> {
                        int number = reports.publish(id, version);
                        load(id);
                        refresh();
                        Notifications.success(getTranslation("report.published", number));
                    });
                });
    }

    private void confirmDelete() {
        Long id = editing;
        if (id == null) {
            return;
        }
        Confirmations.confirmDestructive(
                getTranslation("report.delete.title"),
                getTranslation("report.delete.explanation"),
                getTranslation("report.delete"),
                () -> Notifications.attempt(() -> {
                    reports.delete(id);
                    getUI().ifPresent(ui -> ui.navigate(ReportsView.class));
                }));
    }

    /** The downloads and versions of a saved report; nothing to download before the first save. */
    private void showSaved(@Nullable Report report) {
        exports.removeAll();
        versions.removeAll();
        notices.removeAll();
        publish.setEnabled(report != null);
        delete.setVisible(report != null && report.versions().isEmpty());
        if (report == null) {
            exports.add(new Paragraph(getTranslation("report.downloads.save-first")));
            return;
        }
        long id = report.id();
        showNotices(report);
        Paragraph concept = new Paragraph(getTranslation("report.downloads.concept"));
        exports.add(
                concept,
                new HorizontalLayout(
                        download("report-pdf", "report.download.pdf", () -> exportConcept(id, Export.Format.PDF)),
                        download(
                                "report-markdown",
                                "report.download.markdown",
                                () -> exportConcept(id, Export.Format.MARKDOWN))));
        if (report.versions().isEmpty()) {
            versions.add(new Paragraph(getTranslation("report.versions.none")));
            return;
        }
        versions.add(new H2(getTranslation("report.versions")));
        for (Report.Version v : report.versions()) {
            Div row = new Div();
            row.addClassName("report-version");
            row.setId("report-version-" + v.number());
            Paragraph line = new Paragraph(getTranslation(
                    "report.version.line",
                    v.number(),
                    v.publishedBy(),
                    Dates.dateTime(v.publishedAt(), getLocale()),
                    v.quotes()));
            row.add(line);
            if (v.notReleased() > 0) {
                Paragraph gone = new Paragraph(getTranslation("report.version.not-released", v.notReleased()));
                gone.addClassName("report-needs-update");
                row.add(gone);
            }
            int number = v.number();
            row.add(new HorizontalLayout(
                    download(
                            "version-" + number + "-pdf",
                            "report.download.pdf",
                            () -> () -> file(reports.export(id, number, Export.Format.PDF))),
                    download(
                            "version-" + number + "-markdown",
                            "report.download.markdown",
                            () -> () -> file(reports.export(id, number, Export.Format.MARKDOWN)))));
            versions.add(row);
        }
    }

    /** The report's status, and a warning when its newest version quotes notes no longer released. */
    private void showNotices(Report report) {
        notices.removeAll();
        Span status = new Span(getTranslation(report.status().labelKey()));
        status.addClassName("report-status");
        status.setId("report-status");
        notices.add(status);
        if (report.needsUpdate()) {
            Report.Version newest = report.versions().getFirst();
            Paragraph warning =
                    new Paragraph(getTranslation("report.needs-update", newest.number(), newest.notReleased()));
            warning.addClassName("report-needs-update");
            warning.setId("report-needs-update");
            warning.getElement().setAttribute("role", "status");
            notices.add(warning);
        }
    }

    /**
     * Saves unsaved changes first, so the concept downloaded is the one on screen; the downloads
     * stay where they are (the one clicked shows its file).
     */
    private Supplier<BackgroundDownload.File> exportConcept(long id, Export.Format format) {
        ReportDraft draft = draft();
        boolean saved = Notifications.attempt(() -> {
            Report stored = reports.get(id);
            if (!stored.draft().equals(draft)) {
                reports.update(id, version, draft);
                Report now = reports.get(id);
                version = now.version();
                showNotices(now);
            }
        });
        if (!saved) {
            return () -> {
                throw new UserMessageException("report.error.not-saved");
            };
        }
        return () -> file(reports.export(id, null, format));
    }

    private BackgroundDownload download(String id, String label, Supplier<Supplier<BackgroundDownload.File>> job) {
        return new BackgroundDownload(getTranslation(label), id, job);
    }

    static BackgroundDownload.File file(Export export) {
        return new BackgroundDownload.File(export.fileName(), export.contentType(), export.bytes());
    }

    @Override
    public String getPageTitle() {
        return (editing == null ? getTranslation("report.new") : heading.getText()) + " · "
                + getTranslation("app.name");
    }
}
