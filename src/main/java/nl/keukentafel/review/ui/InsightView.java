package nl.keukentafel.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.review.Insight;
import nl.keukentafel.review.InsightService;
import nl.keukentafel.review.ReleasedNote;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * One insight: its text, where it came back (conversations, municipalities), its evidence quoted
 * redacted with role, municipality and date (never a name), and every saved version.
 */
@Route("insights/:" + InsightView.ID + "([0-9]{1,18})")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN})
class InsightView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final InsightService insights;
    private @Nullable Insight insight;

    InsightView(InsightService insights) {
        this.insights = insights;
        addClassName("insight-view");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(ID).orElseThrow());
        try {
            insight = insights.get(id, getLocale());
        } catch (UserMessageException refusal) {
            Notifications.error(refusal);
            event.forwardTo(InsightsView.class);
            return;
        }
        show(insight, insights.history(id));
    }

    private void show(Insight insight, List<Insight.Revision> revisions) {
        removeAll();
        Span status = new Span(getTranslation(insight.status().labelKey()));
        status.addClassName("insight-status");
        status.addClassName("insight-status-" + insight.status().name().toLowerCase(Locale.ROOT));
        status.setId("insight-status");
        Paragraph filed = new Paragraph(getTranslation("insight.filed", insight.themeName(), insight.werkteamName()));
        Paragraph body = new Paragraph(insight.body());
        body.addClassName("insight-body");
        body.setId("insight-body-text");
        Paragraph reach = new Paragraph(getTranslation(
                "insight.reach", insight.evidence().size(), insight.conversations(), insight.municipalities()));
        reach.setId("insight-reach");
        Button edit = new Button(
                getTranslation("insight.edit"),
                e -> UI.getCurrent()
                        .navigate(
                                InsightEditorView.class,
                                new RouteParameters(InsightEditorView.ID, String.valueOf(insight.id()))));
        edit.setId("insight-edit");
        add(
                new Anchor(
                        RouteConfiguration.forApplicationScope().getUrl(InsightsView.class),
                        getTranslation("insight.back")),
                new H1(insight.title()),
                status,
                filed,
                body,
                reach,
                edit,
                new H2(getTranslation("insight.evidence")));
        if (insight.noLongerReleased() > 0) {
            Paragraph gone = new Paragraph(getTranslation("insight.no-longer-released", insight.noLongerReleased()));
            gone.addClassName("insight-warning");
            gone.setId("insight-no-longer-released");
            add(gone);
        }
        add(evidence(insight.evidence()));
        add(new Details(getTranslation("insight.history"), history(revisions)));
    }

    private Component evidence(List<ReleasedNote> notes) {
        UnorderedList list = new UnorderedList();
        list.setId("insight-quotes");
        list.addClassName("insight-quotes");
        for (ReleasedNote note : notes) {
            MarkedText.Quote quote = new MarkedText.Quote(new MarkedText(note.text()));
            quote.addClassName("quote");
            Span meta = new Span(getTranslation(
                    "insight.quote.meta",
                    getTranslation(note.role().labelKey()),
                    note.municipality(),
                    Dates.date(note.heldOn(), getLocale())));
            meta.addClassName("context-meta");
            list.add(new ListItem(quote, meta));
        }
        return list;
    }

    private Component history(List<Insight.Revision> revisions) {
        UnorderedList list = new UnorderedList();
        list.setId("insight-history");
        for (Insight.Revision revision : revisions) {
            list.add(new ListItem(getTranslation(
                    "insight.revision",
                    revision.version(),
                    revision.editedBy(),
                    Dates.dateTime(revision.editedAt(), getLocale()),
                    getTranslation(revision.status().labelKey()),
                    revision.notes(),
                    revision.title())));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return (insight == null ? getTranslation("insights.title") : insight.title()) + " · "
                + getTranslation("app.name");
    }
}
