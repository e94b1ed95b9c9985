package nl.keukentafel.review.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.review.Insight;
import nl.keukentafel.review.InsightDraft;
import nl.keukentafel.review.InsightService;
import nl.keukentafel.review.InsightStatus;
import nl.keukentafel.review.ReleasedNote;
import nl.keukentafel.review.ReviewService;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Writes a new insight from the notes chosen in Terugkijken, or a new version of an existing one
 * (with notes added from there). Refusals show at the field they are about.
 */
@Route("insights/new")
@RouteAlias("insights/:" + InsightEditorView.ID + "([0-9]{1,18})/edit")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN})
class InsightEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String NOTES = "notes";
    private static final Pattern NOTE_LIST = Pattern.compile("[0-9]{1,18}(,[0-9]{1,18}){0,199}");

    private final InsightService insights;
    private final ReviewService review;
    private final H1 heading = new H1();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final ComboBox<ReferenceItem> theme = new ComboBox<>();
    private final ComboBox<ReferenceItem> werkteam = new ComboBox<>();
    private final RadioButtonGroup<InsightStatus> status = new RadioButtonGroup<>();
    private final UnorderedList evidence = new UnorderedList();
    private final Span evidenceError = new Span();
    private final List<ReleasedNote> notes = new ArrayList<>();
    private @Nullable Long editing;
    private int version;

    InsightEditorView(InsightService insights, ReviewService review, ReferenceDataService reference) {
        this.insights = insights;
        this.review = review;
        addClassName("insight-editor");
        title.setLabel(getTranslation("insight.title"));
        title.setMaxLength(200);
        title.setRequired(true);
        title.setWidthFull();
        title.setId("insight-title");
        body.setLabel(getTranslation("insight.body"));
        body.setHelperText(getTranslation("insight.body.help"));
        body.setMaxLength(4000);
        body.setRequired(true);
        body.setWidthFull();
        body.setMinHeight("10rem");
        body.setId("insight-body");
        setUp(theme, "conversation.theme", reference.listActive(ReferenceKind.THEME), "insight-theme");
        setUp(werkteam, "conversation.werkteam", reference.listActive(ReferenceKind.WERKTEAM), "insight-werkteam");
        theme.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue().parentId() != null && werkteam.isEmpty()) {
                werkteam.getListDataView()
                        .getItems()
                        .filter(w -> w.id() == e.getValue().parentId())
                        .findFirst()
                        .ifPresent(werkteam::setValue);
            }
        });
        status.setLabel(getTranslation("insight.status"));
        status.setItems(InsightStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(InsightStatus.CONCEPT);
        status.setId("insight-status");
        title.setManualValidation(true);
        body.setManualValidation(true);
        theme.setManualValidation(true);
        werkteam.setManualValidation(true);
        evidence.addClassName("insight-evidence-edit");
        evidence.setId("insight-evidence");
        evidenceError.addClassName("field-error");
        evidenceError.setId("insight-evidence-error");
        evidenceError.getElement().setAttribute("role", "alert");

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("insight-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> leave());
        add(
                heading,
                title,
                body,
                new HorizontalLayout(theme, werkteam),
                status,
                new H2(getTranslation("insight.evidence")),
                new Paragraph(getTranslation("insight.evidence.help")),
                evidenceError,
                evidence,
                new HorizontalLayout(save, cancel));
        setMaxWidth("60rem");
    }

    private void setUp(ComboBox<ReferenceItem> box, String label, List<ReferenceItem> items, String id) {
        box.setLabel(getTranslation(label));
        box.setItems(items);
        box.setItemLabelGenerator(ReferenceItem::name);
        box.setRequired(true);
        box.setId(id);
    }

    /** Opens the editor for a new insight supported by these notes. */
    static void startWith(List<NoteId> notes) {
        UI.getCurrent().navigate(InsightEditorView.class, parameters(notes));
    }

    /** Opens an insight's editor with these notes added to its evidence. */
    static void addTo(long insight, List<NoteId> notes) {
        UI.getCurrent()
                .navigate(InsightEditorView.class, new RouteParameters(ID, String.valueOf(insight)), parameters(notes));
    }

    private static QueryParameters parameters(List<NoteId> notes) {
        return QueryParameters.simple(Map.of(
                NOTES,
                String.join(
                        ",", notes.stream().map(n -> String.valueOf(n.value())).toList())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get(ID);
        Set<NoteId> wanted = new LinkedHashSet<>();
        editing = null;
        version = 0;
        if (id.isEmpty()) {
            title.clear();
            body.clear();
            theme.clear();
            werkteam.clear();
            status.setValue(InsightStatus.CONCEPT);
        }
        if (id.isPresent()) {
            try {
                Insight insight = insights.get(Long.parseLong(id.get()), getLocale());
                editing = insight.id();
                version = insight.version();
                title.setValue(insight.title());
                body.setValue(insight.body());
                theme.getListDataView()
                        .getItems()
                        .filter(t -> t.id() == insight.themeId())
                        .findFirst()
                        .ifPresent(theme::setValue);
                werkteam.getListDataView()
                        .getItems()
                        .filter(w -> w.id() == insight.werkteamId())
                        .findFirst()
                        .ifPresent(werkteam::setValue);
                status.setValue(insight.status());
                insight.evidence().forEach(n -> wanted.add(n.id()));
            } catch (UserMessageException refusal) {
                Notifications.error(refusal);
                event.forwardTo(InsightsView.class);
                return;
            }
        }
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter(NOTES)
                .filter(list -> NOTE_LIST.matcher(list).matches())
                .ifPresent(list -> {
                    for (String note : list.split(",")) {
                        wanted.add(new NoteId(Long.parseLong(note)));
                    }
                });
        notes.clear();
        notes.addAll(review.notes(List.copyOf(wanted), getLocale()));
        heading.setText(getTranslation(editing == null ? "insight.new" : "insight.edit"));
        showEvidence();
    }

    private void showEvidence() {
        evidence.removeAll();
        for (ReleasedNote note : List.copyOf(notes)) {
            ListItem item = new ListItem();
            item.addClassName("evidence-item");
            Span meta = new Span(getTranslation(
                    "insight.quote.meta",
                    getTranslation(note.role().labelKey()),
                    note.municipality(),
                    Dates.date(note.heldOn(), getLocale())));
            meta.addClassName("context-meta");
            Button remove = new Button(getTranslation("insight.evidence.remove"), e -> {
                notes.remove(note);
                showEvidence();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            remove.setAriaLabel(getTranslation("insight.evidence.remove.label", note.plainText()));
            item.add(new Paragraph(note.plainText()), meta, remove);
            evidence.add(item);
        }
        if (notes.isEmpty()) {
            evidence.add(new ListItem(getTranslation("insight.evidence.none")));
        }
    }

    private void save() {
        boolean complete = required(title) & required(body) & required(theme) & required(werkteam);
        evidenceError.setText(notes.isEmpty() ? getTranslation("insight.error.no-notes") : "");
        if (!complete || notes.isEmpty()) {
            if (title.isInvalid()) {
                title.focus();
            } else if (body.isInvalid()) {
                body.focus();
            } else if (theme.isInvalid()) {
                theme.focus();
            } else if (werkteam.isInvalid()) {
                werkteam.focus();
            }
            return;
        }
        InsightDraft draft = new InsightDraft(
                title.getValue(),
                body.getValue(),
                theme.getValue().id(),
                werkteam.getValue().id(),
                status.getValue(),
                notes.stream().map(ReleasedNote::id).toList());
        try {
            long id;
            if (editing == null) {
                id = insights.create(draft);
            } else {
                id = editing;
                insights.update(id, version, draft);
            }
            Notifications.success(this, "insight.saved");
            UI.getCurrent().navigate(InsightView.class, new RouteParameters(InsightView.ID, String.valueOf(id)));
        } catch (UserMessageException refusal) {
            switch (refusal.messageKey()) {
                case "insight.error.title" -> invalid(title, refusal);
                case "insight.error.body" -> invalid(body, refusal);
                case "insight.error.theme" -> invalid(theme, refusal);
                case "insight.error.no-notes", "insight.error.note-gone" ->
                    evidenceError.setText(getTranslation(refusal.messageKey()));
                default -> Notifications.error(refusal);
            }
        }
    }

    private boolean required(HasValidation field) {
        boolean empty = switch (field) {
            case TextField f -> f.getValue().isBlank();
            case TextArea f -> f.getValue().isBlank();
            case ComboBox<?> f -> f.getValue() == null;
            default -> false;
        };
        field.setInvalid(empty);
        field.setErrorMessage(empty ? getTranslation("form.required") : null);
        return !empty;
    }

    private void invalid(HasValidation field, UserMessageException refusal) {
        field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.params()));
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void leave() {
        if (editing == null) {
            UI.getCurrent().navigate(ReviewView.class);
        } else {
            UI.getCurrent().navigate(InsightView.class, new RouteParameters(InsightView.ID, String.valueOf(editing)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "insight.new" : "insight.edit") + " · " + getTranslation("app.name");
    }
}
