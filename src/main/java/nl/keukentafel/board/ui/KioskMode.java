package nl.keukentafel.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import nl.keukentafel.board.ParticipantPass;
import nl.keukentafel.conversation.JoinCode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * Kiosk mode: one tablet that goes round the table. Switched on by the tablet itself (the
 * <i>Gedeelde tablet</i> button on the join steps and the tablet) or by opening the facilitator's
 * kiosk link ({@code /join/CODE?kiosk}, {@link KioskLink}); switched off only with the code shown
 * when it was switched on ({@link SharedTablet}).
 *
 * <p>While it is on, <i>Ik ben klaar, volgende persoon</i> hands the tablet over: first every note
 * in the browser's outbox must have reached the server (it waits, and says so; a refused note
 * stops the hand-over until its writer changes or removes it), then the session forgets the
 * person's pass and join answers, the browser forgets their secret, note draft and outbox
 * (scripts/keukentafel-kiosk.js), and the tablet shows the first join step for the same code. The
 * person's notes stay on the board as any participant's.
 */
final class KioskMode extends Div implements AfterNavigationObserver {

    /** The query parameter of the facilitator's kiosk link. */
    static final String QUERY = "kiosk";

    static final String SCRIPT = "context://scripts/keukentafel-kiosk.js";
    static final String STYLES = "context://styles/keukentafel-kiosk.css";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Div bar = new Div();
    private final Paragraph status = new Paragraph();
    private @Nullable Button next;
    private @Nullable JoinCode code;
    private boolean atTable;

    /**
     * What a person would leave on the tablet, as the browser counts it.
     *
     * @param pending notes in the outbox on their way to the server
     * @param refused notes in the outbox the server refused, waiting for their writer
     * @param draft whether text is typed in the note form that is not placed yet
     */
    record Leftovers(int pending, int refused, boolean draft) {}

    KioskMode() {
        addClassName("kiosk");
        setId("kiosk");
        bar.addClassName("kiosk-bar");
        status.addClassName("kiosk-status");
        status.setId("kiosk-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        add(bar, status);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addStyleSheet(STYLES);
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        code = event.getRouteParameters()
                .get(JoinView.CODE)
                .flatMap(JoinCode::parse)
                .orElse(null);
        atTable = event.getActiveChain().stream().anyMatch(TableView.class::isInstance);
        VaadinSession session = VaadinSession.getCurrent();
        if (SharedTablet.takeReady(session)) {
            say("kiosk.ready");
        }
        draw();
        boolean asked = event.getLocation().getQueryParameters().getParameters().containsKey(QUERY);
        if (asked && !SharedTablet.isOn(session)) {
            offerToSwitchOn();
        }
    }

    private void draw() {
        bar.removeAll();
        next = null;
        boolean on = SharedTablet.isOn(VaadinSession.getCurrent());
        setClassName("kiosk-on", on);
        if (!on) {
            Button start = new Button(getTranslation("kiosk.start"), icon(VaadinIcon.TABLET), e -> offerToSwitchOn());
            start.addThemeVariants(ButtonVariant.TERTIARY);
            start.setId("kiosk-start");
            bar.add(start);
            return;
        }
        Span indicator = new Span(icon(VaadinIcon.TABLET), new Text(getTranslation("kiosk.on")));
        indicator.addClassName("kiosk-indicator");
        indicator.setId("kiosk-indicator");
        Button handOver = new Button(getTranslation("kiosk.next"), e -> askToHandOver());
        handOver.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        handOver.addClassName("kiosk-next");
        handOver.setId("kiosk-next");
        Button stop = new Button(getTranslation("kiosk.stop"), e -> askForOffCode());
        stop.addThemeVariants(ButtonVariant.TERTIARY);
        stop.setAriaLabel(getTranslation("kiosk.stop-label"));
        stop.setId("kiosk-stop");
        next = handOver;
        bar.add(indicator, handOver, stop);
    }

    private void offerToSwitchOn() {
        String offCode = SharedTablet.newCode();
        Dialog dialog = new Dialog(getTranslation("kiosk.start-title"));
        Span digits = new Span(offCode);
        digits.addClassName("kiosk-off-code");
        digits.setId("kiosk-off-code");
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LARGE);
        Button confirm = new Button(getTranslation("kiosk.start-confirm"), e -> {
            SharedTablet.switchOn(VaadinSession.getCurrent(), offCode);
            dialog.close();
            draw();
            say("kiosk.started");
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        confirm.setId("kiosk-start-confirm");
        dialog.add(
                new Paragraph(getTranslation("kiosk.start-explain")),
                new Paragraph(getTranslation("kiosk.start-code")),
                digits);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void askForOffCode() {
        Dialog dialog = new Dialog(getTranslation("kiosk.stop-title"));
        TextField typed = new TextField(getTranslation("kiosk.stop-code"));
        typed.setId("kiosk-off-code-input");
        typed.setMaxLength(4);
        typed.getElement().setAttribute("inputmode", "numeric");
        typed.getElement().setAttribute("autocomplete", "off");
        typed.addClassName("large-field");
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LARGE);
        Button confirm = new Button(getTranslation("kiosk.stop-confirm"), e -> {
            if (!SharedTablet.switchOff(VaadinSession.getCurrent(), typed.getValue())) {
                typed.setInvalid(true);
                typed.setErrorMessage(getTranslation("kiosk.stop-wrong"));
                return;
            }
            dialog.close();
            draw();
            say("kiosk.stopped");
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        confirm.setId("kiosk-stop-confirm");
        dialog.add(typed);
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("min(30rem, 95vw)");
        dialog.open();
        typed.focus();
    }

    /** Asks the browser what the person would leave behind, then asks the person. */
    private void askToHandOver() {
        getElement()
                .executeJs("return window.keukentafel.kiosk.leftovers($0)", codeValue())
                .then(String.class, json -> confirmHandOver(JSON.readValue(json, Leftovers.class)));
    }

    /**
     * Stops a hand-over while a note was refused; otherwise asks whether to hand over, saying that
     * notes on their way go first and that typed text that was not placed goes away.
     */
    void confirmHandOver(Leftovers left) {
        if (left.refused() > 0) {
            say("kiosk.refused");
            return;
        }
        StringBuilder text = new StringBuilder(getTranslation("kiosk.next-explain"));
        if (left.pending() > 0) {
            text.append(' ').append(getTranslation("kiosk.next-pending"));
        }
        if (left.draft()) {
            text.append(' ').append(getTranslation("kiosk.next-draft"));
        }
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("kiosk.next-title"),
                text.toString(),
                getTranslation("kiosk.next-confirm"),
                e -> handOver(left.pending() > 0));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("kiosk.next-cancel"));
        dialog.setId("kiosk-confirm");
        dialog.open();
    }

    /**
     * The session lets go of the person first, so that from here on a reload cannot bring their
     * table back from the session; the page still sends their last notes (the table view keeps the
     * pass it opened with). Then the browser waits for its outbox and forgets the person.
     */
    private void handOver(boolean pending) {
        Optional<ParticipantPass> held = code == null ? Optional.empty() : Passes.get(code);
        if (code != null) {
            Passes.forget(code);
        }
        JoinDraft.forget(VaadinSession.getCurrent());
        if (pending) {
            say("kiosk.sending");
        }
        if (next != null) {
            next.setEnabled(false);
        }
        getElement()
                .executeJs("return window.keukentafel.kiosk.handOver($0)", codeValue())
                .then(String.class, answer -> browserAnswered(answer, held));
    }

    /**
     * The browser's answer to the hand-over: "done" (outbox empty, the person forgotten) or
     * "refused" (a note was refused while waiting: the person stays, to change or remove it).
     */
    void browserAnswered(String answer, Optional<ParticipantPass> held) {
        JoinCode joinCode = code;
        if (!"done".equals(answer)) {
            if (joinCode != null) {
                held.ifPresent(pass -> Passes.put(joinCode, pass));
            }
            if (next != null) {
                next.setEnabled(true);
            }
            say("kiosk.refused");
            return;
        }
        SharedTablet.handedOver(VaadinSession.getCurrent());
        getUI().ifPresent(ui -> toFirstJoinStep(ui, joinCode));
    }

    /**
     * From the table, a navigation in this page: the table view with the person's pass goes, and
     * a browser "back" reaches a table that finds no seat. On the join steps a new page, because
     * the join view would otherwise be reused with the previous person's answers.
     */
    private void toFirstJoinStep(UI ui, @Nullable JoinCode joinCode) {
        if (atTable && joinCode != null) {
            BoardNavigation.toJoin(ui, joinCode);
            return;
        }
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        ui.getPage()
                .setLocation(
                        joinCode == null
                                ? routes.getUrl(JoinView.class)
                                : routes.getUrl(JoinView.class, new RouteParameters(JoinView.CODE, joinCode.value())));
    }

    private void say(String key) {
        status.setText(getTranslation(key));
        status.setVisible(true);
    }

    private String codeValue() {
        return code == null ? "" : code.value();
    }

    private static Icon icon(VaadinIcon which) {
        Icon icon = which.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
