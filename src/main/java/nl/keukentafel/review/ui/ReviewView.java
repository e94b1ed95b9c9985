package nl.keukentafel.review.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.ui.BackgroundDownload;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.report.Export;
import nl.keukentafel.report.SelectionExportService;
import nl.keukentafel.report.ui.ReportNavigation;
import nl.keukentafel.review.Effect;
import nl.keukentafel.review.Facet;
import nl.keukentafel.review.InsightService;
import nl.keukentafel.review.ReleasedNote;
import nl.keukentafel.review.ReviewCounts;
import nl.keukentafel.review.ReviewSelection;
import nl.keukentafel.review.ReviewService;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Terugkijken: every released note of every closed conversation the staff member may review, with
 * Dutch full-text search, filters with counts, and a lazy grid. The selection lives in the address
 * bar. Team members and admins tag several notes at once and start insights from them.
 */
@Route("review")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN, Roles.FACILITATOR})
@Menu(title = "nav.review", order = 21, icon = "vaadin:search")
class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Notes per request of the lazy grid. */
    static final int PAGE = 50;

    private final ReviewService review;
    private final InsightService insights;
    private final ReferenceDataService reference;
    private final FacetLabels labels;
    private final boolean tags;
    private final TextField search = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Map<Facet, ComboBox<String>> filters = new EnumMap<>(Facet.class);
    private final Span total = new Span();
    private final Anchor overview = new Anchor();
    private final Anchor report = new Anchor();
    private final Grid<ReleasedNote> grid = new Grid<>();
    private final Span chosen = new Span();
    private final Button tag = new Button();
    private final Button newInsight = new Button();
    private final Button addToInsight = new Button();
    private ReviewSelection selection = ReviewSelection.ALL;
    /** The counts of {@link #selection}, also the grid's size, so they are counted once per change. */
    private @Nullable ReviewCounts counts;

    ReviewView(
            ReviewService review,
            InsightService insights,
            ReferenceDataService reference,
            SelectionExportService exports,
            AuthenticationContext authentication) {
        this.review = review;
        this.insights = insights;
        this.reference = reference;
        this.labels = new FacetLabels(this, reference);
        this.tags = authentication.hasAnyRole(Roles.TEAM_MEMBER, Roles.ADMIN);
        addClassName("review-view");
        setWidthFull();

        search.setLabel(getTranslation("review.search"));
        search.setHelperText(getTranslation("review.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.setMaxLength(200);
        search.setId("review-search");
        search.setWidthFull();
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(selection.withQuery(e.getValue()));
            }
        });

        from.setLabel(getTranslation("review.from"));
        to.setLabel(getTranslation("review.to"));
        from.setId("review-from");
        to.setId("review-to");
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(selection.withPeriod(e.getValue(), selection.to()));
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(selection.withPeriod(selection.from(), e.getValue()));
            }
        });

        FlexLayout filterBar = new FlexLayout();
        filterBar.addClassName("review-filters");
        filterBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (Facet facet : Facet.values()) {
            ComboBox<String> box = new ComboBox<>(getTranslation(facet.labelKey()));
            box.setId("filter-" + facet.parameter());
            box.setClearButtonVisible(true);
            box.setPlaceholder(getTranslation("review.filter.any"));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    show(selection.with(facet, e.getValue()));
                }
            });
            filters.put(facet, box);
            filterBar.add(box);
        }
        filterBar.add(from, to);
        Button clear = new Button(getTranslation("review.clear"), e -> show(ReviewSelection.ALL));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        clear.setId("review-clear");

        total.setId("review-total");
        total.addClassName("review-total");
        total.getElement().setAttribute("aria-live", "polite");
        overview.setText(getTranslation("review.to-overview"));
        overview.setId("review-overview-link");
        HorizontalLayout summary = new HorizontalLayout(total, overview, clear);
        summary.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        add(
                new H1(getTranslation("review.title")),
                new Paragraph(getTranslation("review.intro")),
                search,
                filterBar,
                summary,
                exports(exports));
        if (tags) {
            add(toolbar());
        }
        // The page scrolls; the grid keeps most of a screen for the notes whatever the filters take.
        grid.setHeight("75vh");
        grid.setMinHeight("24rem");
        add(grid);
    }

    /** Downloads of the selection for analysis, and a report about its conversations (team only). */
    private HorizontalLayout exports(SelectionExportService exports) {
        HorizontalLayout row = new HorizontalLayout();
        row.addClassName("review-exports");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        for (Export.Format format : List.of(Export.Format.CSV, Export.Format.JSON)) {
            row.add(new BackgroundDownload(
                    getTranslation("review.export." + format.extension()),
                    "review-export-" + format.extension(),
                    () -> {
                        ReviewSelection chosen = selection;
                        Locale locale = getLocale();
                        return () -> {
                            Export export = exports.export(chosen, format, locale);
                            return new BackgroundDownload.File(export.fileName(), export.contentType(), export.bytes());
                        };
                    }));
        }
        if (tags) {
            report.setText(getTranslation("review.new-report"));
            report.setId("review-new-report");
            row.add(report);
        }
        return row;
    }

    private void configureGrid() {
        grid.setId("review-grid");
        grid.setAriaLabel(getTranslation("review.grid"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE);
        grid.addComponentColumn(note -> new MarkedText(note.text()))
                .setHeader(getTranslation("review.column.text"))
                .setFlexGrow(4);
        grid.addColumn(note -> getTranslation(note.role().labelKey()))
                .setHeader(getTranslation("review.column.role"))
                .setFlexGrow(1);
        grid.addColumn(note -> getTranslation(note.category().labelKey()))
                .setHeader(getTranslation("review.column.category"))
                .setFlexGrow(1);
        grid.addColumn(ReleasedNote::conversationTitle)
                .setHeader(getTranslation("review.column.conversation"))
                .setFlexGrow(2);
        grid.addColumn(note -> note.neighbourhood() == null
                        ? note.municipality()
                        : note.municipality() + ", " + note.neighbourhood())
                .setHeader(getTranslation("review.column.place"))
                .setFlexGrow(1);
        grid.addColumn(note -> Dates.date(note.heldOn(), getLocale()))
                .setHeader(getTranslation("review.column.date"))
                .setFlexGrow(1);
        grid.addColumn(this::tagText)
                .setHeader(getTranslation("review.column.tags"))
                .setFlexGrow(2);
        grid.addComponentColumn(note -> {
                    Button open = new Button(getTranslation("review.open"), e -> openContext(note));
                    open.addThemeVariants(ButtonVariant.SMALL);
                    open.setAriaLabel(getTranslation("review.open.label", shortText(note)));
                    open.addClassName("review-open");
                    return open;
                })
                .setHeader(getTranslation("review.column.open"))
                .setFlexGrow(0)
                .setAutoWidth(true);
        if (tags) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> chosenChanged());
        }
        grid.setItems(
                        query -> review.search(selection, query.getOffset(), query.getLimit(), getLocale()).stream(),
                        query -> counts == null ? review.count(selection) : counts.total())
                // A row stays the same note when its tags change, so a choice survives a refresh.
                .setIdentifierProvider(ReleasedNote::id);
    }

    private Component toolbar() {
        chosen.setId("review-chosen");
        tag.setText(getTranslation("review.tag"));
        tag.setId("review-tag");
        tag.addClickListener(e -> new TagDialog(review, reference, chosenIds(), changed -> {
                    refreshFilters();
                    grid.getDataProvider().refreshAll();
                })
                .open());
        newInsight.setText(getTranslation("review.new-insight"));
        newInsight.setId("review-new-insight");
        newInsight.addClickListener(e -> InsightEditorView.startWith(chosenIds()));
        addToInsight.setText(getTranslation("review.add-to-insight"));
        addToInsight.setId("review-add-to-insight");
        addToInsight.addClickListener(e -> new AddToInsightDialog(insights, chosenIds()).open());
        HorizontalLayout bar = new HorizontalLayout(chosen, tag, newInsight, addToInsight);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("review-toolbar");
        chosenChanged();
        return bar;
    }

    private void chosenChanged() {
        int count = grid.getSelectedItems().size();
        chosen.setText(getTranslation("review.chosen", count));
        tag.setEnabled(count > 0);
        newInsight.setEnabled(count > 0);
        addToInsight.setEnabled(count > 0);
    }

    private List<NoteId> chosenIds() {
        return grid.getSelectedItems().stream().map(ReleasedNote::id).toList();
    }

    private void openContext(ReleasedNote note) {
        Notifications.attempt(() -> new NoteContextDialog(review, note.id(), tags, () -> {
                    refreshFilters();
                    grid.getDataProvider().refreshAll();
                })
                .open());
    }

    private String tagText(ReleasedNote note) {
        List<String> parts = new ArrayList<>();
        note.regulations().forEach(t -> parts.add(t.name()));
        if (note.effect() != null) {
            parts.add(getTranslation(note.effect().labelKey()));
        }
        if (note.insights() > 0) {
            parts.add(getTranslation("review.insight-count", note.insights()));
        }
        return String.join(" · ", parts);
    }

    private static String shortText(ReleasedNote note) {
        String text = note.plainText();
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /** Goes to this selection: the address bar changes, and {@link #beforeEnter} shows it. */
    private void show(ReviewSelection next) {
        UI.getCurrent().navigate(ReviewView.class, new QueryParameters(next.toParameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selection = ReviewSelection.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        // Only when it differs: the field keeps what the person is typing (a trailing space too).
        if (!search.getValue().strip().equals(selection.query())) {
            search.setValue(selection.query());
        }
        from.setValue(selection.from());
        to.setValue(selection.to());
        overview.setHref(ReviewNavigation.overviewLink(selection));
        report.setHref(ReportNavigation.newReport(selection));
        grid.deselectAll();
        refreshFilters();
        grid.getDataProvider().refreshAll();
    }

    /** The counts next to every filter value, and the number of notes, for the current selection. */
    private void refreshFilters() {
        counts = review.counts(selection);
        for (Map.Entry<Facet, ComboBox<String>> entry : filters.entrySet()) {
            Facet facet = entry.getKey();
            ComboBox<String> box = entry.getValue();
            Map<String, Integer> values = counts.of(facet);
            String current = selection.filter(facet).orElse(null);
            List<String> items = new ArrayList<>(values.keySet());
            if (current != null && !items.contains(current)) {
                items.add(current);
            }
            items = sorted(facet, items);
            box.setItems(items);
            box.setItemLabelGenerator(value ->
                    getTranslation("review.filter.value", labels.label(facet, value), values.getOrDefault(value, 0)));
            setQuietly(box, current);
        }
        total.setText(getTranslation("review.total", counts.total()));
    }

    private List<String> sorted(Facet facet, List<String> values) {
        if (facet == Facet.ROLE || facet == Facet.EFFECT || facet == Facet.INSIGHT) {
            // Roles keep their order: residents first.
            Set<String> present = Set.copyOf(values);
            return switch (facet) {
                case ROLE ->
                    Arrays.stream(TableRole.values())
                            .map(Enum::name)
                            .filter(present::contains)
                            .toList();
                case EFFECT ->
                    Arrays.stream(Effect.values())
                            .map(Enum::name)
                            .filter(present::contains)
                            .toList();
                default -> values.stream().sorted().toList();
            };
        }
        return values.stream()
                .sorted((a, b) -> labels.label(facet, a).compareToIgnoreCase(labels.label(facet, b)))
                .collect(Collectors.toList());
    }

    private static <T> void setQuietly(AbstractField<?, T> field, T value) {
        if (!Objects.equals(field.getValue(), value)) {
            field.setValue(value);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · " + getTranslation("app.name");
    }

    /** For tests: the filter of a facet. */
    ComboBox<String> filter(Facet facet) {
        return filters.get(facet);
    }
}
