package nl.keukentafel.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.keukentafel.base.Dates;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.review.Insight;
import nl.keukentafel.review.InsightFilter;
import nl.keukentafel.review.InsightService;
import nl.keukentafel.review.InsightStatus;
import nl.keukentafel.review.ReviewSelection;
import nl.keukentafel.security.Roles;

/** Every insight, searchable and filtered by theme, work team and status. */
@Route("insights")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN})
@Menu(title = "nav.insights", order = 23, icon = "vaadin:lightbulb")
class InsightsView extends VerticalLayout implements HasDynamicTitle {

    private final InsightService insights;
    private final TextField search = new TextField();
    private final ComboBox<ReferenceItem> theme = new ComboBox<>();
    private final ComboBox<ReferenceItem> werkteam = new ComboBox<>();
    private final Select<InsightStatus> status = new Select<>();
    private final Grid<Insight.Summary> grid = new Grid<>();

    InsightsView(InsightService insights, ReferenceDataService reference) {
        this.insights = insights;
        addClassName("insights-view");
        setSizeFull();
        search.setLabel(getTranslation("insights.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("insights-search");
        search.addValueChangeListener(e -> refresh());
        theme.setLabel(getTranslation("conversation.theme"));
        theme.setItems(reference.list(ReferenceKind.THEME));
        theme.setItemLabelGenerator(ReferenceItem::name);
        theme.setClearButtonVisible(true);
        theme.addValueChangeListener(e -> refresh());
        werkteam.setLabel(getTranslation("conversation.werkteam"));
        werkteam.setItems(reference.list(ReferenceKind.WERKTEAM));
        werkteam.setItemLabelGenerator(ReferenceItem::name);
        werkteam.setClearButtonVisible(true);
        werkteam.addValueChangeListener(e -> refresh());
        status.setLabel(getTranslation("insight.status"));
        status.setItems(InsightStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("review.filter.any"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("review.filter.any") : getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(search, theme, werkteam, status);
        filters.addClassName("review-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        grid.setId("insights-grid");
        grid.setAriaLabel(getTranslation("insights.title"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(i -> new Anchor(ReviewNavigation.insightLink(i.id()), i.title()))
                .setHeader(getTranslation("insight.title"))
                .setFlexGrow(3);
        grid.addColumn(i -> getTranslation(i.status().labelKey())).setHeader(getTranslation("insight.status"));
        grid.addColumn(Insight.Summary::themeName)
                .setHeader(getTranslation("conversation.theme"))
                .setFlexGrow(2);
        grid.addColumn(Insight.Summary::werkteamName)
                .setHeader(getTranslation("conversation.werkteam"))
                .setFlexGrow(2);
        grid.addColumn(i -> getTranslation("insights.reach", i.notes(), i.conversations(), i.municipalities()))
                .setHeader(getTranslation("insights.evidence"))
                .setFlexGrow(2);
        grid.addColumn(i -> Dates.dateTime(i.updatedAt(), getLocale())).setHeader(getTranslation("insights.updated"));

        Paragraph intro = new Paragraph(getTranslation("insights.intro"));
        Anchor start = new Anchor(ReviewNavigation.link(ReviewSelection.ALL), getTranslation("insights.start"));
        start.setId("insights-start");
        add(new H1(getTranslation("insights.title")), intro, start, filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(insights.list(new InsightFilter(
                search.getValue(),
                theme.getValue() == null ? null : theme.getValue().id(),
                werkteam.getValue() == null ? null : werkteam.getValue().id(),
                status.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.title") + " · " + getTranslation("app.name");
    }
}
