package nl.keukentafel.reference.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.security.Roles;

/** Admins manage the lists conversations are filed under, one tab per kind. */
@Route("admin/reference")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.reference", order = 91, icon = "vaadin:list")
class ReferenceDataView extends VerticalLayout implements HasDynamicTitle {

    ReferenceDataView(ReferenceDataService service) {
        addClassName("reference-view");
        TabSheet tabs = new TabSheet();
        for (ReferenceKind kind : ReferenceKind.values()) {
            tabs.add(getTranslation(kind.labelKey()), new ReferencePanel(service, kind));
        }
        tabs.setWidthFull();
        // vaadin-tabs keeps a focusable scroll container (<div id="scroll" tabindex="-1">) in its
        // shadow DOM between role=tablist and the tabs, which breaks the tab list's required
        // children (axe aria-required-children). Tab never reaches it anyway; without the
        // attribute the tabs stay operable by arrow keys and the list is correct.
        tabs.getElement().executeJs("""
                const fix = () => {
                  const list = this.querySelector('vaadin-tabs');
                  const scroll = list && list.shadowRoot
                      && list.shadowRoot.querySelector('[part~="tabs"][tabindex]');
                  if (scroll) { scroll.removeAttribute('tabindex'); return true; }
                  return false;
                };
                if (!fix()) {
                  customElements.whenDefined('vaadin-tabs').then(() => requestAnimationFrame(fix));
                }
                """);
        add(new H1(getTranslation("reference.title")), tabs);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.title") + " · " + getTranslation("app.name");
    }
}
