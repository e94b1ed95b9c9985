package nl.keukentafel.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.keukentafel.audit.AuditAction;
import nl.keukentafel.audit.AuditEvent;
import nl.keukentafel.audit.AuditFilter;
import nl.keukentafel.audit.AuditTrail;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.Languages;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail for admins: what was done with personal data, by whom and when, filtered by
 * action, actor, conversation and period. Newest first, at most {@link AuditTrail#MAX_ROWS} rows.
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.audit", order = 95, icon = "vaadin:clipboard-text")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditTrail trail;
    private final Grid<AuditEvent> grid = new Grid<>(AuditEvent.class, false);
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final IntegerField conversation = new IntegerField();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Paragraph count = new Paragraph();

    AuditView(AuditTrail trail) {
        this.trail = trail;
        addClassName("audit-view");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        actor.setId("audit-actor");
        conversation.setLabel(getTranslation("audit.conversation"));
        conversation.setMin(1);
        conversation.setClearButtonVisible(true);
        conversation.setId("audit-conversation");
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        until.setLabel(getTranslation("audit.until"));
        until.setId("audit-until");
        Button apply = new Button(getTranslation("audit.apply"), e -> refresh());
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.setId("audit-apply");
        HorizontalLayout filters = new HorizontalLayout(action, actor, conversation, from, until, apply);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(e -> Dates.dateTime(e.at(), getLocale()))
                .setHeader(getTranslation("audit.at"))
                .setKey("at")
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::actor)
                .setHeader(getTranslation("audit.actor"))
                .setKey("actor");
        grid.addColumn(e -> getTranslation(e.action().labelKey()))
                .setHeader(getTranslation("audit.action"))
                .setKey("action");
        grid.addColumn(e -> text(e.conversationId()))
                .setHeader(getTranslation("audit.conversation"))
                .setKey("conversation");
        grid.addColumn(e -> text(e.objectId()))
                .setHeader(getTranslation("audit.object"))
                .setKey("object");
        grid.addColumn(e -> text(e.noteCount()))
                .setHeader(getTranslation("audit.notes"))
                .setKey("notes");
        grid.addColumn(e -> e.detail() == null ? "" : e.detail())
                .setHeader(getTranslation("audit.detail"))
                .setKey("detail")
                .setFlexGrow(3);
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setId("audit-grid");
        count.setId("audit-count");

        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, count, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        List<AuditEvent> events = trail.list(new AuditFilter(
                action.getValue(),
                actor.getValue(),
                conversation.getValue() == null ? null : conversation.getValue().longValue(),
                start(from.getValue()),
                start(until.getValue() == null ? null : until.getValue().plusDays(1))));
        grid.setItems(events);
        count.setText(getTranslation(
                events.size() >= AuditTrail.MAX_ROWS ? "audit.count-limited" : "audit.count", events.size()));
    }

    private static @Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(Languages.ZONE).toInstant();
    }

    private static String text(@Nullable Object value) {
        return Objects.toString(value, "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
