package nl.keukentafel.privacy.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.keukentafel.base.ui.LanguageSwitch;
import nl.keukentafel.base.ui.TextSize;
import nl.keukentafel.privacy.PrivacySettings;

/**
 * The accessibility statement (toegankelijkheidsverklaring), as Dutch public bodies publish one: how
 * far the product meets WCAG 2.1 AA, how that was measured (axe, keyboard, Lighthouse), what does
 * not meet it yet, and whom to contact. Open to everyone; linked from the join steps, the tablet
 * and the privacy page. The figures come from docs/accessibility.md, which says how to measure them
 * again.
 */
@Route(value = AccessibilityStatementView.ROUTE, autoLayout = false)
@AnonymousAllowed
class AccessibilityStatementView extends Main implements HasDynamicTitle {

    static final String ROUTE = "toegankelijkheid";

    /** The page's parts, each a heading and its points, in this order. */
    private static final String[][] PARTS = {
        {"status", "status.level", "status.scope"},
        {"measured", "measured.axe", "measured.keyboard", "measured.targets", "measured.lighthouse", "measured.zoom"},
        {"help", "help.read-aloud", "help.text-size", "help.language", "help.plain"},
        {"limits", "limits.speed", "limits.voices", "limits.staff"},
    };

    AccessibilityStatementView(PrivacySettings settings) {
        addClassName("accessibility-view");
        addClassName("resident-screen");
        add(new LanguageSwitch(), new TextSize(), new H1(getTranslation("accessibility.title")));
        add(new Paragraph(getTranslation("accessibility.intro", settings.organisation())));
        for (String[] part : PARTS) {
            Section section = new Section(new H2(getTranslation("accessibility." + part[0] + ".title")));
            section.setId("accessibility-" + part[0]);
            UnorderedList points = new UnorderedList();
            for (int i = 1; i < part.length; i++) {
                points.add(new ListItem(getTranslation("accessibility." + part[i])));
            }
            section.add(points);
            add(section);
        }
        Section contact = new Section(
                new H2(getTranslation("accessibility.contact.title")),
                new Paragraph(
                        getTranslation("accessibility.contact.text", settings.organisation(), settings.contact())),
                new Paragraph(getTranslation("accessibility.date")));
        contact.setId("accessibility-contact");
        add(contact);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessibility.title") + " · " + getTranslation("app.name");
    }
}
