package nl.keukentafel.board.ui;

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
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Objects;
import java.util.Optional;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.LanguageSwitch;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.JoiningService;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.JoinCode;
import nl.keukentafel.privacy.ui.PrivacyNavigation;
import org.jspecify.annotations.Nullable;

/**
 * Joining without an account, one short step at a time: the code (typed, or from the QR link),
 * a name or staying anonymous, the role at the table, and a plain-language explanation of what
 * happens with the notes, which the participant accepts.
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
    private @Nullable TableRole role;

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
        add(new LanguageSwitch(), new H1(getTranslation("join.title")), step, privacy);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> code = event.getRouteParameters().get(CODE);
        if (code.isEmpty()) {
            showCodeStep("", null);
            return;
        }
        tryCode(code.get());
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
        step.removeAll();
        TextField code = new TextField(getTranslation("join.code.label"));
        code.setHelperText(getTranslation("join.code.help"));
        code.setValue(typed);
        code.setId("join-code-input");
        code.setAutofocus(true);
        code.setMaxLength(12);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        code.addClassName("large-field");
        if (error != null) {
            code.setInvalid(true);
            code.setErrorMessage(error);
        }
        Button next = new Button(getTranslation("join.next"), e -> tryCode(code.getValue()));
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        next.addClickShortcut(Key.ENTER);
        next.setId("join-code-next");
        step.add(new H2(getTranslation("join.code.title")), code, next);
    }

    private void showNameStep() {
        step.removeAll();
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
        step.add(
                new H2(getTranslation("join.name.title")), conversationLine(), nameField, stayAnonymous, explain, next);
    }

    private void showRoleStep() {
        step.removeAll();
        RadioButtonGroup<TableRole> roles = new RadioButtonGroup<>(getTranslation("join.role.label"));
        roles.setItems(TableRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        roles.addClassName("large-radio");
        roles.setId("join-role");
        if (role != null) {
            roles.setValue(role);
        }
        Button back = new Button(getTranslation("join.back"), e -> showNameStep());
        back.addThemeVariants(ButtonVariant.LARGE);
        Button next = new Button(getTranslation("join.next"), e -> {
            if (roles.getValue() == null) {
                roles.setInvalid(true);
                roles.setErrorMessage(getTranslation("join.error.role-required"));
                return;
            }
            role = roles.getValue();
            showConsentStep();
        });
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        next.setId("join-role-next");
        step.add(new H2(getTranslation("join.role.title")), roles, new Div(back, next));
    }

    private void showConsentStep() {
        step.removeAll();
        UnorderedList points = new UnorderedList();
        for (String key : new String[] {
            "join.consent.everyone-sees",
            "join.consent.role-and-name",
            "join.consent.stays-here",
            "join.consent.change",
            "join.consent.moderation",
            "join.consent.no-details",
            "join.consent.purpose"
        }) {
            points.add(new ListItem(getTranslation(key)));
        }
        points.addClassName("consent-points");
        Button back = new Button(getTranslation("join.back"), e -> showRoleStep());
        back.addThemeVariants(ButtonVariant.LARGE);
        Button accept = new Button(getTranslation("join.consent.accept"), e -> join());
        accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        accept.setId("join-accept");
        step.add(new H2(getTranslation("join.consent.title")), points, new Div(back, accept));
    }

    private void join() {
        Conversation c = conversation;
        if (c == null || c.joinCode() == null || role == null) {
            showCodeStep("", null);
            return;
        }
        try {
            JoinCode code = c.joinCode();
            Joined joined = joining.join(code, name, anonymous, role, true);
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
