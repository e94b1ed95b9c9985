package nl.keukentafel.reference.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.KaribuTest;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReferenceDataViewTest extends KaribuTest {

    @Autowired
    ReferenceDataService service;

    @BeforeEach
    void logInAsAdmin() {
        login(TestStaff.uniqueName("beheerder"), StaffRole.ADMIN);
        NotificationsKt.clearNotifications();
    }

    /** The view's tabs, opening the view first when another one is shown. */
    private static TabSheet tabs() {
        if (!(UI.getCurrent().getCurrentView() instanceof ReferenceDataView)) {
            navigate("admin/reference");
        }
        return _get(TabSheet.class);
    }

    private static List<String> tabLabels() {
        TabSheet tabs = tabs();
        return java.util.stream.IntStream.range(0, tabs.getTabCount())
                .mapToObj(i -> tabs.getTabAt(i).getLabel())
                .toList();
    }

    private static ReferencePanel selectTab(String label) {
        TabSheet tabs = tabs();
        for (int i = 0; i < tabs.getTabCount(); i++) {
            Tab tab = tabs.getTabAt(i);
            if (tab.getLabel().equals(label)) {
                tabs.setSelectedTab(tab);
                return (ReferencePanel) tabs.getComponent(tab);
            }
        }
        throw new AssertionError("No tab " + label + " in " + tabLabels());
    }

    @SuppressWarnings("unchecked")
    private static List<String> namesIn(ReferencePanel panel) {
        Grid<ReferenceItem> grid = _get(panel, Grid.class);
        return GridKt._findAll(grid).stream().map(ReferenceItem::name).toList();
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    @Test
    void adminSeesATabPerKindOfReferenceData() {
        assertThat(tabLabels()).containsExactly("Werkteam", "Thema", "Gemeente", "Wijk", "Regeling");
        assertThat(namesIn(selectTab("Werkteam"))).contains("Samenspel informeel-formeel");
        assertThat(namesIn(selectTab("Regeling"))).contains("Kostendelersnorm", "Wmo 2015", "Jeugdwet");
        assertThat(namesIn(selectTab("Wijk"))).contains("Coolhaveneiland");
    }

    @Test
    void adminAddsAMunicipalityThroughTheDialog() {
        String name = "Westland " + TestStaff.uniqueName("w");
        ReferencePanel municipalities = selectTab("Gemeente");

        _click(_get(municipalities, Button.class, spec -> spec.withId("add-municipality")));
        _setValue(_get(TextField.class, spec -> spec.withId("reference-name")), name);
        _click(_get(Button.class, spec -> spec.withId("save-reference")));

        _assertNone(Dialog.class);
        assertThat(notificationTexts()).contains("Opgeslagen.");
        assertThat(namesIn(municipalities)).contains(name);
        assertThat(service.listActive(ReferenceKind.MUNICIPALITY))
                .extracting(ReferenceItem::name)
                .contains(name);
    }

    @Test
    void aDuplicateMunicipalityShowsAnErrorAndKeepsTheDialogOpen() {
        ReferencePanel municipalities = selectTab("Gemeente");

        _click(_get(municipalities, Button.class, spec -> spec.withId("add-municipality")));
        _setValue(_get(TextField.class, spec -> spec.withId("reference-name")), "rotterdam");
        _click(_get(Button.class, spec -> spec.withId("save-reference")));

        assertThat(notificationTexts()).containsExactly("De naam rotterdam bestaat al.");
        _get(Dialog.class);
        assertThat(namesIn(municipalities)).doesNotContain("rotterdam");
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminAddsANeighbourhoodUnderAMunicipality() {
        String name = "Delfshaven " + TestStaff.uniqueName("w");
        ReferencePanel neighbourhoods = selectTab("Wijk");

        _click(_get(neighbourhoods, Button.class, spec -> spec.withId("add-neighbourhood")));
        _setValue(_get(TextField.class, spec -> spec.withId("reference-name")), name);
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withId("reference-parent")), "Rotterdam");
        _click(_get(Button.class, spec -> spec.withId("save-reference")));

        assertThat(namesIn(neighbourhoods)).contains(name);
        assertThat(service.list(ReferenceKind.NEIGHBOURHOOD))
                .filteredOn(i -> i.name().equals(name))
                .singleElement()
                .satisfies(i -> assertThat(i.parentName()).isEqualTo("Rotterdam"));
    }

    @Test
    void aNeighbourhoodWithoutMunicipalityIsRefusedWithAMessage() {
        String name = "Nergens " + TestStaff.uniqueName("w");
        ReferencePanel neighbourhoods = selectTab("Wijk");

        _click(_get(neighbourhoods, Button.class, spec -> spec.withId("add-neighbourhood")));
        _setValue(_get(TextField.class, spec -> spec.withId("reference-name")), name);
        _click(_get(Button.class, spec -> spec.withId("save-reference")));

        assertThat(notificationTexts()).containsExactly("Kies de gemeente waar de wijk bij hoort.");
        assertThat(service.list(ReferenceKind.NEIGHBOURHOOD))
                .extracting(ReferenceItem::name)
                .doesNotContain(name);
    }

    @Test
    void adminStopsUsingAMunicipalityFromTheGrid() {
        ReferenceItem item = service.add(ReferenceKind.MUNICIPALITY, "Oud " + TestStaff.uniqueName("w"), "", null);
        ReferencePanel municipalities = selectTab("Gemeente");
        @SuppressWarnings("unchecked")
        Grid<ReferenceItem> grid = _get(municipalities, Grid.class);
        int row = namesIn(municipalities).indexOf(item.name());

        _click(_get(
                GridKt._getCellComponent(grid, row, "actions"),
                Button.class,
                spec -> spec.withText("Niet meer gebruiken")));

        assertThat(GridKt._getFormatted(grid, namesIn(municipalities).indexOf(item.name()), "status"))
                .isEqualTo("Niet meer in gebruik");
        assertThat(service.listActive(ReferenceKind.MUNICIPALITY))
                .extracting(ReferenceItem::id)
                .doesNotContain(item.id());
    }
}
