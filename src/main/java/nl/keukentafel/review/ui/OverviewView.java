package nl.keukentafel.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.review.Overview;
import nl.keukentafel.review.OverviewService;
import nl.keukentafel.review.ReviewSelection;
import nl.keukentafel.review.SvgCharts;
import nl.keukentafel.security.Roles;

/**
 * Overzicht: the charts of the current selection of Terugkijken, drawn on the server as SVG, each
 * with its figures in a table beside it for screen readers and for copying.
 */
@Route("review/overview")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN, Roles.FACILITATOR})
@Menu(title = "nav.overview", order = 22, icon = "vaadin:chart")
class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OverviewService overviews;
    private final FacetLabels labels;

    OverviewView(OverviewService overviews, ReferenceDataService reference) {
        this.overviews = overviews;
        this.labels = new FacetLabels(this, reference);
        addClassName("overview-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReviewSelection selection = ReviewSelection.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        Overview overview = overviews.overview(selection);
        removeAll();
        Anchor back = new Anchor(ReviewNavigation.link(selection), getTranslation("overview.back"));
        back.setId("overview-back");
        add(new H1(getTranslation("overview.title")), new Paragraph(describe(selection)), back);

        Map<String, Integer> months = new LinkedHashMap<>();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        overview.conversationsPerMonth().forEach((m, n) -> months.put(month.format(m.atDay(1)), n));
        add(section("overview-months", "overview.months", months, false, "overview.conversations"));

        Map<String, Integer> roles = new LinkedHashMap<>();
        overview.participantsPerRole().forEach((role, n) -> roles.put(getTranslation(role.labelKey()), n));
        Section people = section("overview-roles", "overview.roles", roles, true, "overview.participants");
        Paragraph share = new Paragraph(getTranslation(
                "overview.resident-share",
                NumberFormat.getPercentInstance(getLocale()).format(overview.residentShare()),
                overview.participants()));
        share.setId("overview-resident-share");
        people.addComponentAtIndex(1, share);
        add(people);

        Map<String, Integer> categories = new LinkedHashMap<>();
        overview.notesPerCategory().forEach((c, n) -> categories.put(getTranslation(c.labelKey()), n));
        add(section("overview-categories", "overview.categories", categories, true, "overview.notes"));

        add(bottlenecks(overview.bottlenecks()));
    }

    private Section section(
            String id, String titleKey, Map<String, Integer> values, boolean horizontal, String valueKey) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("overview-section");
        String title = getTranslation(titleKey);
        section.add(new H2(title));
        if (values.isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.empty")));
            return section;
        }
        Div chart = new Div(new Svg(SvgCharts.bars(title, values, getTranslation(valueKey), horizontal)));
        chart.addClassName("overview-chart");
        List<List<String>> rows = new ArrayList<>();
        values.forEach((label, n) -> rows.add(List.of(label, format(n))));
        Div pair = new Div(
                chart, table(title, List.of(getTranslation(titleKey + ".label"), getTranslation(valueKey)), rows));
        pair.addClassName("overview-pair");
        section.add(pair);
        return section;
    }

    private Section bottlenecks(List<Overview.Bottleneck> bottlenecks) {
        Section section = new Section();
        section.setId("overview-bottlenecks");
        section.addClassName("overview-section");
        String title = getTranslation("overview.bottlenecks");
        section.add(new H2(title), new Paragraph(getTranslation("overview.bottlenecks.help")));
        if (bottlenecks.isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.empty")));
            return section;
        }
        List<SvgCharts.Cell> cells = bottlenecks.stream()
                .map(b -> new SvgCharts.Cell(b.regulation(), b.municipality(), b.notes()))
                .toList();
        Div chart = new Div(new Svg(SvgCharts.stackedBars(title, cells, getTranslation("overview.notes"))));
        chart.addClassName("overview-chart");
        List<List<String>> rows = bottlenecks.stream()
                .map(b -> List.of(b.regulation(), b.municipality(), format(b.notes())))
                .toList();
        Div pair = new Div(
                chart,
                table(
                        title,
                        List.of(
                                getTranslation("review.facet.regulation"),
                                getTranslation("review.facet.municipality"),
                                getTranslation("overview.notes")),
                        rows));
        pair.addClassName("overview-pair");
        section.add(pair);
        return section;
    }

    private Component table(String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("overview-table");
        NativeTableCaption title = table.getCaption();
        title.setText(caption);
        NativeTableHeader head = table.getHead();
        NativeTableRow headRow = head.addRow();
        headers.forEach(h -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        });
        NativeTableBody body = table.getBody();
        for (List<String> row : rows) {
            NativeTableRow tr = body.addRow();
            for (int i = 0; i < row.size(); i++) {
                tr.add(i < row.size() - 1 ? new NativeTableHeaderCell(row.get(i)) : new NativeTableCell(row.get(i)));
            }
        }
        return table;
    }

    private String format(int n) {
        return NumberFormat.getIntegerInstance(getLocale()).format(n);
    }

    /** The selection in words, for the line under the title. */
    private String describe(ReviewSelection selection) {
        List<String> parts = new ArrayList<>();
        if (!selection.query().isEmpty()) {
            parts.add("“" + selection.query() + "”");
        }
        selection
                .filters()
                .forEach((facet, value) ->
                        parts.add(getTranslation(facet.labelKey()) + ": " + labels.label(facet, value)));
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        if (selection.from() != null) {
            parts.add(getTranslation("review.from") + " " + date.format(selection.from()));
        }
        if (selection.to() != null) {
            parts.add(getTranslation("review.to") + " " + date.format(selection.to()));
        }
        return parts.isEmpty()
                ? getTranslation("overview.everything")
                : getTranslation("overview.selection", String.join(" · ", parts));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · " + getTranslation("app.name");
    }
}
