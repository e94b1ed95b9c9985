package nl.keukentafel.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.keukentafel.base.Dates;
import nl.keukentafel.report.Bundle;
import nl.keukentafel.report.BundleService;
import nl.keukentafel.report.Report;
import nl.keukentafel.report.ReportService;
import nl.keukentafel.security.Roles;

/** The team's kenniscafé verslagen and case bundles, newest change first. */
@Route("reports")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN})
@Menu(title = "nav.reports", order = 24, icon = "vaadin:file-text-o")
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    ReportsView(ReportService reports, BundleService bundles) {
        addClassName("reports-view");
        Button newReport = new Button(
                getTranslation("reports.new-report"),
                e -> getUI().ifPresent(ui -> ui.navigate(ReportEditorView.class)));
        newReport.addThemeVariants(ButtonVariant.PRIMARY);
        newReport.setId("new-report");
        Grid<Report.Summary> reportGrid = new Grid<>();
        reportGrid.setId("reports-grid");
        reportGrid.setAriaLabel(getTranslation("reports.reports"));
        reportGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        reportGrid.setAllRowsVisible(true);
        reportGrid
                .addComponentColumn(r -> new Anchor(ReportEditorView.link(r.id()), r.title()))
                .setHeader(getTranslation("report.field.title"))
                .setFlexGrow(3);
        reportGrid.addColumn(r -> Dates.date(r.cafeDate(), getLocale())).setHeader(getTranslation("report.field.date"));
        reportGrid
                .addComponentColumn(r -> {
                    Span status = new Span(
                            r.versions() == 0
                                    ? getTranslation(r.status().labelKey())
                                    : getTranslation(
                                            "reports.status-versions",
                                            getTranslation(r.status().labelKey()),
                                            r.versions()));
                    if (r.notReleased() > 0) {
                        Span warning = new Span(getTranslation("reports.needs-update"));
                        warning.addClassName("report-needs-update");
                        return new Span(status, new Span(" "), warning);
                    }
                    return status;
                })
                .setHeader(getTranslation("reports.status"));
        reportGrid
                .addColumn(r ->
                        getTranslation("reports.changed", r.updatedBy(), Dates.dateTime(r.updatedAt(), getLocale())))
                .setHeader(getTranslation("reports.last-change"))
                .setFlexGrow(2);
        reportGrid.setItems(reports.list());

        Button newBundle = new Button(
                getTranslation("reports.new-bundle"),
                e -> getUI().ifPresent(ui -> ui.navigate(BundleEditorView.class)));
        newBundle.addThemeVariants(ButtonVariant.PRIMARY);
        newBundle.setId("new-bundle");
        Grid<Bundle.Summary> bundleGrid = new Grid<>();
        bundleGrid.setId("bundles-grid");
        bundleGrid.setAriaLabel(getTranslation("reports.bundles"));
        bundleGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        bundleGrid.setAllRowsVisible(true);
        bundleGrid
                .addComponentColumn(b -> new Anchor(BundleEditorView.link(b.id()), b.title()))
                .setHeader(getTranslation("bundle.field.title"))
                .setFlexGrow(3);
        bundleGrid.addColumn(b -> String.valueOf(b.cases())).setHeader(getTranslation("reports.cases"));
        bundleGrid
                .addColumn(b ->
                        getTranslation("reports.changed", b.updatedBy(), Dates.dateTime(b.updatedAt(), getLocale())))
                .setHeader(getTranslation("reports.last-change"))
                .setFlexGrow(2);
        bundleGrid.setItems(bundles.list());

        add(
                new H1(getTranslation("reports.title")),
                new Paragraph(getTranslation("reports.intro")),
                new H2(getTranslation("reports.reports")),
                newReport,
                reportGrid,
                new H2(getTranslation("reports.bundles")),
                new Paragraph(getTranslation("reports.bundles.intro")),
                newBundle,
                bundleGrid);
        setMaxWidth("72rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " · " + getTranslation("app.name");
    }
}
