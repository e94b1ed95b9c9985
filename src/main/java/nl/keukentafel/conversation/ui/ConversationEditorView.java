package nl.keukentafel.conversation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.keukentafel.base.Languages;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Colleague;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationDraft;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.security.CurrentStaff;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * Prepares a new conversation, or changes one that is prepared or live. The facilitator who
 * prepared it also picks the colleagues who run it with them; a co-facilitator sees who they are.
 */
@Route("conversations/new")
@RouteAlias("conversations/:" + ConversationEditorView.ID + "/edit")
@RolesAllowed(Roles.FACILITATOR)
class ConversationEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter with the id of the conversation being changed. */
    static final String ID = "id";

    private final ConversationService conversations;
    private final TextField title = new TextField();
    private final TextArea question = new TextArea();
    private final ComboBox<ReferenceItem> theme = new ComboBox<>();
    private final ComboBox<ReferenceItem> werkteam = new ComboBox<>();
    private final ComboBox<ReferenceItem> municipality = new ComboBox<>();
    private final ComboBox<ReferenceItem> neighbourhood = new ComboBox<>();
    private final TextField location = new TextField();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final Select<BoardTemplate> template = new Select<>();
    private final MultiSelectComboBox<Colleague> coFacilitators = new MultiSelectComboBox<>();
    private Set<String> savedCoFacilitators = Set.of();
    private final H1 heading = new H1();
    private @Nullable ConversationId editing;

    ConversationEditorView(ConversationService conversations, ReferenceDataService reference) {
        this.conversations = conversations;
        addClassName("conversation-editor");
        title.setLabel(getTranslation("conversation.title"));
        title.setMaxLength(ConversationDraft.MAX_TITLE);
        title.setRequired(true);
        title.setId("conversation-title");
        question.setLabel(getTranslation("conversation.question"));
        question.setHelperText(getTranslation("conversation.question.help"));
        question.setMaxLength(ConversationDraft.MAX_QUESTION);
        question.setRequired(true);
        question.setId("conversation-question");
        setUp(theme, "conversation.theme", reference.listActive(ReferenceKind.THEME), true);
        setUp(werkteam, "conversation.werkteam", reference.listActive(ReferenceKind.WERKTEAM), true);
        setUp(municipality, "conversation.municipality", reference.listActive(ReferenceKind.MUNICIPALITY), true);
        List<ReferenceItem> neighbourhoods = reference.listActive(ReferenceKind.NEIGHBOURHOOD);
        setUp(neighbourhood, "conversation.neighbourhood", List.of(), false);
        municipality.addValueChangeListener(e -> {
            neighbourhood.clear();
            neighbourhood.setItems(
                    e.getValue() == null
                            ? List.of()
                            : neighbourhoods.stream()
                                    .filter(n -> Objects.equals(
                                            n.parentId(), e.getValue().id()))
                                    .toList());
        });
        theme.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().parentId() != null && werkteam.isEmpty()) {
                werkteam.getListDataView()
                        .getItems()
                        .filter(w -> w.id() == e.getValue().parentId())
                        .findFirst()
                        .ifPresent(werkteam::setValue);
            }
        });
        location.setLabel(getTranslation("conversation.location"));
        location.setHelperText(getTranslation("conversation.location.help"));
        location.setMaxLength(ConversationDraft.MAX_LOCATION);
        location.setId("conversation-location");
        startsAt.setLabel(getTranslation("conversation.starts-at"));
        startsAt.setLocale(getLocale());
        // Not the required indicator: vaadin-date-time-picker then puts aria-required on its
        // role=group, which that role does not allow (axe aria-allowed-attr). The helper text says it.
        startsAt.setHelperText(getTranslation("conversation.starts-at.required"));
        startsAt.setValue(LocalDateTime.now(Languages.ZONE).plusDays(1).truncatedTo(ChronoUnit.HOURS));
        startsAt.setId("conversation-starts-at");
        template.setLabel(getTranslation("conversation.template"));
        template.setItems(BoardTemplate.values());
        template.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        template.setValue(BoardTemplate.KEUKENTAFEL);
        template.setId("conversation-template");
        coFacilitators.setLabel(getTranslation("conversation.co-facilitators"));
        coFacilitators.setHelperText(getTranslation("conversation.co-facilitators.help"));
        coFacilitators.setItemLabelGenerator(Colleague::label);
        coFacilitators.setId("conversation-co-facilitators");
        coFacilitators.setManualValidation(true);

        for (HasValidation field :
                List.<HasValidation>of(title, question, theme, werkteam, municipality, location, startsAt, template)) {
            field.setManualValidation(true);
        }
        FormLayout form = new FormLayout(
                title,
                question,
                theme,
                werkteam,
                municipality,
                neighbourhood,
                location,
                startsAt,
                template,
                coFacilitators);
        form.setColspan(question, 2);
        form.setColspan(coFacilitators, 2);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-conversation");
        Button cancel = new Button(getTranslation("action.cancel"), e -> backToList());
        add(heading, form, new HorizontalLayout(save, cancel));
        setMaxWidth("60rem");
    }

    /** Offers every facilitator but the one who prepared (or prepares) the conversation. */
    private void offerColleaguesOf(String facilitator) {
        coFacilitators.setItems(conversations.colleagues().stream()
                .filter(c -> !c.username().equals(facilitator))
                .toList());
    }

    private void setUp(ComboBox<ReferenceItem> box, String labelKey, List<ReferenceItem> items, boolean required) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(ReferenceItem::name);
        box.setRequired(required);
        box.setId(labelKey.replace('.', '-'));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get(ID);
        if (id.isEmpty()) {
            heading.setText(getTranslation("conversations.new"));
            offerColleaguesOf(CurrentStaff.username().orElse(""));
            return;
        }
        try {
            Conversation existing = conversations.get(new ConversationId(Long.parseLong(id.get())));
            editing = existing.id();
            heading.setText(getTranslation("conversations.edit-title", existing.title()));
            fill(existing);
        } catch (UserMessageException | IllegalArgumentException e) {
            event.forwardTo(ConversationsView.class);
        }
    }

    private void fill(Conversation c) {
        title.setValue(c.title());
        question.setValue(c.residentQuestion());
        select(theme, c.themeId());
        select(werkteam, c.werkteamId());
        select(municipality, c.municipalityId());
        if (c.neighbourhoodId() != null) {
            select(neighbourhood, c.neighbourhoodId());
        }
        location.setValue(c.hostLocation());
        startsAt.setValue(LocalDateTime.ofInstant(c.startsAt(), Languages.ZONE));
        template.setValue(c.template());
        template.setReadOnly(c.isLive());
        offerColleaguesOf(c.facilitatorUsername());
        savedCoFacilitators =
                c.coFacilitators().stream().map(Colleague::username).collect(Collectors.toSet());
        coFacilitators.setValue(coFacilitators
                .getListDataView()
                .getItems()
                .filter(colleague -> savedCoFacilitators.contains(colleague.username()))
                .collect(Collectors.toSet()));
        if (!ConversationService.mayChangeCoFacilitators(c)) {
            coFacilitators.setReadOnly(true);
            coFacilitators.setHelperText(
                    getTranslation("conversation.co-facilitators.owner-only", c.facilitatorName()));
        }
    }

    private static void select(ComboBox<ReferenceItem> box, long id) {
        box.getListDataView().getItems().filter(i -> i.id() == id).findFirst().ifPresent(box::setValue);
    }

    /**
     * Checks the required fields first and marks each one that is empty, then lets the service
     * validate; a refusal about one field shows at that field (WCAG 3.3.1), others as a message.
     * Nothing typed is lost either way.
     */
    private void save() {
        List<HasValidation> fields =
                List.of(title, question, theme, werkteam, municipality, location, startsAt, template, coFacilitators);
        fields.forEach(field -> field.setInvalid(false));
        List<Component> missing = new ArrayList<>();
        markIfMissing(title, title.getValue().isBlank(), missing);
        markIfMissing(question, question.getValue().isBlank(), missing);
        markIfMissing(theme, theme.isEmpty(), missing);
        markIfMissing(werkteam, werkteam.isEmpty(), missing);
        markIfMissing(municipality, municipality.isEmpty(), missing);
        markIfMissing(startsAt, startsAt.isEmpty(), missing);
        if (!missing.isEmpty()) {
            if (missing.getFirst() instanceof Focusable<?> first) {
                first.focus();
            }
            return;
        }
        try {
            ConversationDraft draft = new ConversationDraft(
                    title.getValue(),
                    question.getValue(),
                    theme.getValue().id(),
                    werkteam.getValue().id(),
                    municipality.getValue().id(),
                    neighbourhood.isEmpty() ? null : neighbourhood.getValue().id(),
                    location.getValue(),
                    startsAt.getValue().atZone(Languages.ZONE).toInstant(),
                    template.getValue());
            Conversation saved = editing == null ? conversations.prepare(draft) : conversations.update(editing, draft);
            // From here a retry changes this conversation instead of preparing a second one.
            editing = saved.id();
            Set<String> chosen =
                    coFacilitators.getValue().stream().map(Colleague::username).collect(Collectors.toSet());
            if (!coFacilitators.isReadOnly() && !chosen.equals(savedCoFacilitators)) {
                conversations.changeCoFacilitators(saved.id(), chosen);
                savedCoFacilitators = chosen;
            }
            Notifications.success(this, "conversations.saved");
            backToList();
        } catch (UserMessageException refusal) {
            HasValidation field = fieldFor(refusal.messageKey());
            if (field == null) {
                Notifications.error(refusal);
            } else {
                field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.params()));
                field.setInvalid(true);
            }
        }
    }

    private void markIfMissing(Component field, boolean empty, List<Component> missing) {
        if (empty && field instanceof HasValidation validated) {
            validated.setErrorMessage(getTranslation("conversation.error.missing"));
            validated.setInvalid(true);
            missing.add(field);
        }
    }

    private @Nullable HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "conversation.error.title" -> title;
            case "conversation.error.question" -> question;
            case "conversation.error.location" -> location;
            case "conversation.error.template-live" -> template;
            case "conversation.error.co-facilitators-owner-only",
                    "conversation.error.co-facilitator-self",
                    "conversation.error.co-facilitator-unknown" -> coFacilitators;
            default -> null;
        };
    }

    private void backToList() {
        ConversationNavigation.toConversations();
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }
}
