package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.LanguageSwitch;
import nl.keukentafel.base.ui.ReadAloud;
import nl.keukentafel.base.ui.TextSize;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.JoiningService;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.JoinCode;
import nl.keukentafel.privacy.ui.PrivacyNavigation;
import org.jspecify.annotations.Nullable;

/**
 * Joining without an account, one short step at a time: the code (typed, or from the QR link),
 * a name or staying anonymous, who one is at the table, and a plain-language explanation of what
 * happens with the notes, which the participant accepts.
 *
 * <p>After each step the new step's heading takes the focus, so a screen reader announces it. What
 * was typed and the step one is on are kept in the session ({@link JoinDraft}): switching the
 * language reloads the page and comes back to the same step with the same answers.
 */
@Route(value = "join/:" + JoinView.CODE + "?", autoLayout = false)
@AnonymousAllowed
class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter with the join code, when the person came from the QR code's link. */
    static final String CODE = "code";

    private final JoiningService joining;
    private final String client;
    private final Div step = new Div();
    private @Nullable Conversation conversation;
    private @Nullable String name;
    private boolean anonymous;
    private @Nullable JoinChoice choice;

    JoinView(JoiningService joining) {
        this.joining = joining;
        VaadinRequest request = VaadinRequest.getCurrent();
        this.client = request == null ? "unknown" : request.getRemoteAddr();
        addClassName("join-view");
        addClassName("resident-screen");
        step.addClassName("join-step");
        Anchor privacy = new Anchor(PrivacyNavigation.link(), getTranslation("privacy.link"));
        privacy.addClassName("privacy-link");
        privacy.setId("privacy-link");
        Anchor accessibility = new Anchor(PrivacyNavigation.accessibilityLink(), getTranslation("accessibility.link"));
        accessibility.addClassName("privacy-link");
        accessibility.setId("accessibility-link");
        Div tools = new Div(new LanguageSwitch(), new TextSize());
        tools.addClassName("resident-tools");
        Div links = new Div(privacy, accessibility);
        links.addClassName("table-links");
        add(tools, new H1(getTranslation("join.title")), step, links);
        // Kiosk mode, one tablet that goes round the table: see KioskMode.
        addComponentAtIndex(1, new KioskMode());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> code = event.getRouteParameters().get(CODE);
        JoinDraft draft = JoinDraft.take(VaadinSession.getCurrent());
        if (draft != null && draft.fits(code.orElse(null))) {
            resume(draft);
            return;
        }
        if (code.isEmpty()) {
            showCodeStep("", null);
            return;
        }
        tryCode(code.get());
    }

    /** Back on the step the person was on before the page reloaded (a language switch). */
    private void resume(JoinDraft draft) {
        name = draft.name();
        anonymous = draft.anonymous();
        choice = draft.choice();
        if (draft.step() == JoinDraft.Step.CODE || draft.code() == null) {
            showCodeStep(draft.typedCode(), null);
            return;
        }
        try {
            conversation = joining.findLiveConversation(draft.code(), client);
        } catch (UserMessageException e) {
            showCodeStep(draft.code(), getTranslation(e.messageKey(), e.params()));
            return;
        }
        switch (draft.step()) {
            case ROLE -> showRoleStep();
            case CONSENT -> showConsentStep();
            default -> showNameStep();
        }
    }

    /** Keeps the step and the answers so far for a reload of this page (a language switch). */
    private void keep(JoinDraft.Step current, String typedCode) {
        Conversation c = conversation;
        String code = c == null || c.joinCode() == null ? null : c.joinCode().value();
        JoinDraft.keep(VaadinSession.getCurrent(), new JoinDraft(current, typedCode, code, name, anonymous, choice));
    }

    /**
     * Shows a step with a "Lees voor" button that reads its heading and {@code explanation} aloud,
     * and moves the focus to the heading, which screen readers then announce.
     */
    private void show(H2 heading, String explanation, Component... parts) {
        step.removeAll();
        heading.setId("join-step-title");
        heading.getElement().setAttribute("tabindex", "-1");
        String title = heading.getText();
        String spoken = title.matches(".*[.?!]$") ? title + " " + explanation : title + ". " + explanation;
        ReadAloud read = new ReadAloud(title, spoken);
        read.setId("join-read-aloud");
        step.add(heading, read);
        step.add(parts);
        heading.getElement().executeJs("this.focus()");
    }

    private String sentences(String... keys) {
        return Arrays.stream(keys).map(this::getTranslation).collect(Collectors.joining(" "));
    }

    private void tryCode(String typed) {
        try {
            conversation = joining.findLiveConversation(typed, client);
            JoinCode code = Objects.requireNonNull(conversation.joinCode());
            // Already seated at this very conversation in this browser? Then straight back to it.
            // A secret from an earlier conversation that had the same code is forgotten.
            BrowserSeat.read(this, code, secret -> {
                if (secret.isBlank()) {
                    return;
                }
                boolean seated = joining.resume(secret, code).isPresent();
                getUI().ifPresent(ui -> {
                    if (seated) {
                        BoardNavigation.toTable(ui, code);
                    } else {
                        BrowserSeat.forget(ui, code);
                    }
                });
            });
            showNameStep();
        } catch (UserMessageException e) {
            showCodeStep(typed, getTranslation(e.messageKey(), e.params()));
        }
    }

    private void showCodeStep(String typed, @Nullable String error) {
        TextField code = new TextField(getTranslation("join.code.label"));
        code.setHelperText(getTranslation("join.code.help"));
        code.setValue(typed);
        code.setId("join-code-input");
        code.setMaxLength(12);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        code.addClassName("large-field");
        code.addValueChangeListener(e -> keep(JoinDraft.Step.CODE, e.getValue()));
        if (error != null) {
            code.setInvalid(true);
            code.setErrorMessage(error);
        }
        Button next = new Button(getTranslation("join.next"), e -> tryCode(code.getValue()));
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        next.addClickShortcut(Key.ENTER);
        next.setId("join-code-next");
        show(new H2(getTranslation("join.code.title")), sentences("join.code.label", "join.code.help"), code, next);
        keep(JoinDraft.Step.CODE, typed);
        // The first thing to do on this step is typing: the field, not the heading, has the focus.
        code.focus();
    }

    private void showNameStep() {
        TextField nameField = new TextField(getTranslation("join.name.label"));
        nameField.setHelperText(getTranslation("join.name.help"));
        nameField.setMaxLength(JoiningService.MAX_NAME_LENGTH);
        nameField.setId("join-name");
        nameField.addClassName("large-field");
        nameField.setValue(name == null ? "" : name);
        Checkbox stayAnonymous = new Checkbox(getTranslation("join.anonymous.label"));
        stayAnonymous.setValue(anonymous);
        stayAnonymous.setId("join-anonymous");
        stayAnonymous.addClassName("large-checkbox");
        nameField.addValueChangeListener(e -> {
            name = e.getValue().strip().isEmpty() ? null : e.getValue().strip();
            keep(JoinDraft.Step.NAME, "");
        });
        stayAnonymous.addValueChangeListener(e -> {
            anonymous = e.getValue();
            keep(JoinDraft.Step.NAME, "");
        });
        Paragraph explain = new Paragraph(getTranslation("join.anonymous.help"));
        Button next = new Button(getTranslation("join.next"), e -> {
            String typed = nameField.getValue().strip();
            if (typed.isEmpty() && !stayAnonymous.getValue()) {
                nameField.setInvalid(true);
                nameField.setErrorMessage(getTranslation("join.error.name-required"));
                return;
            }
            name = typed.isEmpty() ? null : typed;
            anonymous = stayAnonymous.getValue();
            showRoleStep();
        });
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        next.setId("join-name-next");
        show(
                new H2(getTranslation("join.name.title")),
                sentences("join.name.help", "join.anonymous.label", "join.anonymous.help"),
                conversationLine(),
                nameField,
                stayAnonymous,
                explain,
                next);
        keep(JoinDraft.Step.NAME, "");
    }

    private void showRoleStep() {
        RadioButtonGroup<JoinChoice> roles = new RadioButtonGroup<>(getTranslation("join.role.label"));
        roles.setItems(JoinChoice.values());
        roles.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        roles.setRenderer(new ComponentRenderer<>(c -> {
            Span label = new Span(getTranslation(c.labelKey()));
            label.addClassName("role-choice-label");
            Span explanation = new Span(getTranslation(c.explanationKey()));
            explanation.addClassName("role-choice-help");
            Span both = new Span(label, explanation);
            both.addClassName("role-choice");
            return both;
        }));
        roles.addClassName("large-radio");
        roles.addClassName("role-choices");
        roles.setId("join-role");
        if (choice != null) {
            roles.setValue(choice);
        }
        roles.addValueChangeListener(e -> {
            choice = e.getValue();
            keep(JoinDraft.Step.ROLE, "");
        });
        Button back = new Button(getTranslation("join.back"), e -> showNameStep());
        back.addThemeVariants(ButtonVariant.LARGE);
        Button next = new Button(getTranslation("join.next"), e -> {
            if (roles.getValue() == null) {
                roles.setInvalid(true);
                roles.setErrorMessage(getTranslation("join.error.role-required"));
                return;
            }
            choice = roles.getValue();
            showConsentStep();
        });
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        next.setId("join-role-next");
        String choices = Arrays.stream(JoinChoice.values())
                .map(c -> getTranslation("join.role.label") + " " + getTranslation(c.labelKey()) + ". "
                        + getTranslation(c.explanationKey()))
                .collect(Collectors.joining(" "));
        show(new H2(getTranslation("join.role.title")), choices, roles, new Div(back, next));
        keep(JoinDraft.Step.ROLE, "");
    }

    private void showConsentStep() {
        UnorderedList points = new UnorderedList();
        String[] keys = {
            "join.consent.everyone-sees",
            "join.consent.role-and-name",
            "join.consent.stays-here",
            "join.consent.change",
            "join.consent.moderation",
            "join.consent.no-details",
            "join.consent.purpose"
        };
        for (String key : keys) {
            points.add(new ListItem(getTranslation(key)));
        }
        points.addClassName("consent-points");
        Button back = new Button(getTranslation("join.back"), e -> showRoleStep());
        back.addThemeVariants(ButtonVariant.LARGE);
        Button accept = new Button(getTranslation("join.consent.accept"), e -> join());
        accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        accept.setId("join-accept");
        show(new H2(getTranslation("join.consent.title")), sentences(keys), points, new Div(back, accept));
        keep(JoinDraft.Step.CONSENT, "");
    }

    private void join() {
        Conversation c = conversation;
        JoinChoice chosen = choice;
        if (c == null || c.joinCode() == null || chosen == null) {
            showCodeStep("", null);
            return;
        }
        try {
            JoinCode code = c.joinCode();
            Joined joined = joining.join(code, name, anonymous, chosen.role(), true);
            JoinDraft.forget(VaadinSession.getCurrent());
            Passes.put(code, joined.pass());
            getUI().ifPresent(ui -> {
                BrowserSeat.remember(ui, code, joined.browserSecret());
                BoardNavigation.toTable(ui, code);
            });
        } catch (UserMessageException e) {
            showCodeStep(c.joinCode() == null ? "" : c.joinCode().value(), getTranslation(e.messageKey(), e.params()));
        }
    }

    private Paragraph conversationLine() {
        Paragraph line =
                new Paragraph(conversation == null ? "" : getTranslation("join.conversation", conversation.title()));
        line.addClassName("join-conversation");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · " + getTranslation("app.name");
    }
}
