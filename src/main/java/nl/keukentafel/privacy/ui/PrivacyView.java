package nl.keukentafel.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
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
import nl.keukentafel.privacy.PrivacySettings;

/**
 * The privacy page in plain language (B1): what is stored, why, for how long, who sees it, your
 * rights, and whom to contact. Open to everyone; linked from every join step and the tablet.
 */
@Route(value = PrivacyView.ROUTE, autoLayout = false)
@AnonymousAllowed
class PrivacyView extends Main implements HasDynamicTitle {

    static final String ROUTE = "privacy";

    /** The page's parts, each a heading and its points, in this order. */
    private static final String[][] PARTS = {
        {"what", "what.name", "what.role", "what.notes", "what.choice", "what.no-account"},
        {"why", "why.table", "why.report", "why.education"},
        {"who", "who.table", "who.facilitator", "who.team", "who.never"},
        {"protect", "protect.names", "protect.details", "protect.only-released"},
        {"how-long", "how-long.term", "how-long.after"},
        {"rights", "rights.see", "rights.change", "rights.download", "rights.erase", "rights.complain"},
    };

    PrivacyView(PrivacySettings settings) {
        addClassName("privacy-view");
        addClassName("resident-screen");
        add(new LanguageSwitch(), new H1(getTranslation("privacy.title")));
        add(new Paragraph(getTranslation("privacy.intro", settings.organisation())));
        for (String[] part : PARTS) {
            Section section = new Section(new H2(getTranslation("privacy." + part[0] + ".title")));
            section.setId("privacy-" + part[0]);
            UnorderedList points = new UnorderedList();
            for (int i = 1; i < part.length; i++) {
                points.add(new ListItem(
                        getTranslation("privacy." + part[i], settings.retentionMonths(), settings.organisation())));
            }
            section.add(points);
            add(section);
        }
        Section contact = new Section(
                new H2(getTranslation("privacy.contact.title")),
                new Paragraph(getTranslation("privacy.contact.text", settings.organisation(), settings.contact())));
        contact.setId("privacy-contact");
        add(contact);
        Anchor accessibility = new Anchor(AccessibilityStatementView.ROUTE, getTranslation("accessibility.link"));
        accessibility.setId("accessibility-link");
        add(accessibility);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " · " + getTranslation("app.name");
    }
}
