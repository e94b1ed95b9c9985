package nl.keukentafel.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.ui.Texts;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Phase;
import org.jspecify.annotations.Nullable;

/**
 * What the facilitator is doing with the conversation now, the same on every screen of the board:
 * the phase and what to do in one sentence, the countdown, a pause, residents first, notes written
 * in silence, the dots, and the note in the spotlight (docs/adr/0013). Each screen adds it once and
 * hands it every new {@link BoardContent}; only what changed is sent to the browser.
 */
class StagePanel extends Div {

    /** The browser script that counts the timer down (by the server's clock) on every screen. */
    static final String SCRIPT = "context://scripts/keukentafel-timer.js";

    /** Which screen shows the panel: its words differ a little (the tablet speaks to one person). */
    enum Screen {
        TABLET,
        PROJECTOR,
        FACILITATOR
    }

    private final Screen screen;
    private final Span phaseName = new Span();
    private final Paragraph phaseHint = new Paragraph();
    private final Div phase = new Div();
    private final Element timer = new Element("kt-timer");
    private final Paragraph pause = new Paragraph();
    private final Paragraph residentsFirst = new Paragraph();
    private final Paragraph silent = new Paragraph();
    private final Paragraph dots = new Paragraph();
    private final Div spotlight = new Div();
    private final AgreementList agreements = new AgreementList();
    private @Nullable NoteCardView spotlightCard;

    StagePanel(Screen screen) {
        this.screen = screen;
        addClassName("stage-panel");
        addClassName("stage-" + screen.name().toLowerCase(Locale.ROOT));
        setId("stage");
        phaseName.addClassName("stage-phase-name");
        phaseName.setId("stage-phase");
        phaseHint.addClassName("stage-phase-hint");
        phaseHint.setId("stage-phase-hint");
        phase.addClassName("stage-phase");
        phase.add(phaseName, phaseHint);
        phase.getElement().setAttribute("role", "status");
        timer.setAttribute("id", "stage-timer");
        timer.setAttribute("class", "stage-timer");
        timer.setAttribute("data-label", getTranslation("timer.label"));
        timer.setAttribute("data-done", getTranslation("timer.done"));
        pause.addClassName("stage-pause");
        pause.setId("stage-pause");
        pause.setText(getTranslation(screen == Screen.FACILITATOR ? "stage.paused.facilitator" : "stage.paused"));
        residentsFirst.addClassName("stage-residents-first");
        residentsFirst.setId("stage-residents-first");
        silent.addClassName("stage-silent");
        silent.setId("stage-silent");
        dots.addClassName("stage-dots");
        dots.setId("stage-dots");
        spotlight.addClassName("stage-spotlight");
        spotlight.setId("stage-spotlight");
        spotlight.getElement().setAttribute("aria-label", getTranslation("spotlight.label"));
        spotlight.getElement().setAttribute("role", "region");
        Div messages = new Div(pause, residentsFirst, silent, dots);
        messages.addClassName("stage-messages");
        messages.getElement().setAttribute("role", "status");
        messages.getElement().setAttribute("aria-live", "polite");
        add(phase, messages, spotlight);
        getElement().appendChild(timer);
        add(agreements);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        attachEvent.getUI().getPage().addJavaScript(NoteCardView.SCRIPT);
    }

    /**
     * Buttons the screen adds to each agreement (the facilitator's: change, remove); {@code null} or
     * an empty list for none. The list is drawn again with them.
     */
    void agreementActions(Function<BoardContent.Agreement, List<Component>> actions) {
        agreements.actions(actions);
    }

    /** Shows the board's stage; {@code role} is the viewer's role at the table (tablets only). */
    void show(BoardContent view, @Nullable TableRole role) {
        BoardContent.Facilitation stage = view.facilitation();
        boolean any = false;
        Phase current = stage.phase();
        any |= show(phase, current != null);
        if (current != null) {
            Texts.update(
                    phaseName,
                    getTranslation(
                            "stage.phase",
                            getTranslation(current.labelKey()),
                            stage.phases().indexOf(current) + 1,
                            stage.phases().size()));
            Texts.update(phaseHint, getTranslation(current.hintKey()));
        }
        BoardContent.Timer countdown = stage.timer();
        if (countdown == null) {
            remove(timer, "data-ends");
            if (!timer.hasAttribute("hidden")) {
                timer.setAttribute("hidden", true);
            }
        } else {
            String ends = Long.toString(countdown.endsAt().toEpochMilli());
            if (!ends.equals(timer.getAttribute("data-ends"))) {
                // The screen's clock may be off: the browser counts from the server's "now".
                timer.setAttribute("data-now", Long.toString(Instant.now().toEpochMilli()));
                timer.setAttribute("data-ends", ends);
            }
            remove(timer, "hidden");
            any = true;
        }
        any |= show(pause, stage.locked());
        boolean heldBack = stage.residentsFirst()
                && (screen != Screen.TABLET || (role != TableRole.RESIDENT && role != TableRole.ON_BEHALF_OF_RESIDENT));
        if (heldBack) {
            Texts.update(
                    residentsFirst,
                    getTranslation(screen == Screen.TABLET ? "stage.residents-first" : "stage.residents-first.room"));
        }
        any |= show(residentsFirst, heldBack);
        int waiting = stage.silentTotal();
        if (waiting > 0 || !stage.silentCategories().isEmpty()) {
            Texts.update(silent, getTranslation("stage.silent", waiting));
        }
        any |= show(silent, waiting > 0 || !stage.silentCategories().isEmpty());
        BoardContent.Voting voting = stage.voting();
        if (voting.open()) {
            Texts.update(
                    dots,
                    screen == Screen.TABLET
                            ? getTranslation("stage.dots.mine", voting.left(), voting.dots())
                            : getTranslation("stage.dots.cast", voting.cast()));
        }
        any |= show(dots, voting.open());
        any |= showSpotlight(stage.spotlight());
        agreements.show(stage.agreements());
        any |= !stage.agreements().isEmpty();
        if (isVisible() != any) {
            setVisible(any);
        }
    }

    private boolean showSpotlight(BoardContent.@Nullable Card card) {
        if (card == null) {
            if (spotlightCard != null) {
                spotlight.remove(spotlightCard);
                spotlightCard = null;
            }
            return show(spotlight, false);
        }
        if (spotlightCard != null && !spotlightCard.shows(card)) {
            spotlight.remove(spotlightCard);
            spotlightCard = null;
        }
        if (spotlightCard == null) {
            spotlightCard = new NoteCardView(card, c -> List.of());
            spotlightCard.fixId("spotlight-note");
            spotlight.add(spotlightCard);
        } else {
            spotlightCard.update(card);
        }
        return show(spotlight, true);
    }

    private static boolean show(Component component, boolean visible) {
        if (component.isVisible() != visible) {
            component.setVisible(visible);
        }
        return visible;
    }

    private static void set(Element element, String attribute, String value) {
        if (!Objects.equals(element.getAttribute(attribute), value)) {
            element.setAttribute(attribute, value);
        }
    }

    private static void remove(Element element, String attribute) {
        if (element.hasAttribute(attribute)) {
            element.removeAttribute(attribute);
        }
    }

    /** The table's agreements: what, who and by when. */
    static final class AgreementList extends Div {

        private final UnorderedList list = new UnorderedList();
        private List<BoardContent.Agreement> shown = List.of();
        private Function<BoardContent.Agreement, List<Component>> actions = agreement -> List.of();

        AgreementList() {
            addClassName("agreement-list");
            setId("agreements");
            H2 title = new H2(getTranslation("agreements.title"));
            title.setId("agreements-title");
            getElement().setAttribute("aria-labelledby", "agreements-title");
            getElement().setAttribute("role", "region");
            add(title, list);
            setVisible(false);
        }

        void actions(Function<BoardContent.Agreement, List<Component>> next) {
            actions = next;
            List<BoardContent.Agreement> current = shown;
            shown = List.of();
            show(current);
        }

        void show(List<BoardContent.Agreement> agreements) {
            if (agreements.equals(shown) && !agreements.isEmpty()) {
                return;
            }
            shown = agreements;
            list.removeAll();
            for (BoardContent.Agreement agreement : agreements) {
                ListItem item = new ListItem();
                item.setId("agreement-" + agreement.id());
                item.addClassName("agreement");
                Span what = new Span(agreement.what());
                what.addClassName("agreement-what");
                Span who = new Span(getTranslation("agreement.who", owner(agreement)));
                who.addClassName("agreement-who");
                item.add(what, who);
                if (agreement.dueOn() != null) {
                    Span when = new Span(getTranslation("agreement.when", Dates.date(agreement.dueOn(), getLocale())));
                    when.addClassName("agreement-when");
                    item.add(when);
                }
                List<Component> buttons = actions.apply(agreement);
                if (!buttons.isEmpty()) {
                    Div bar = new Div();
                    bar.addClassName("agreement-actions");
                    buttons.forEach(bar::add);
                    item.add(bar);
                }
                list.add(item);
            }
            setVisible(!agreements.isEmpty());
        }

        private String owner(BoardContent.Agreement agreement) {
            if (agreement.ownerOrganisation() != null) {
                return agreement.ownerOrganisation();
            }
            if (agreement.ownerRole() != null) {
                return getTranslation(agreement.ownerRole().labelKey());
            }
            if (agreement.ownerParticipantRole() != null) {
                String role = getTranslation(agreement.ownerParticipantRole().labelKey());
                return agreement.ownerName() == null ? role : agreement.ownerName() + " (" + role + ")";
            }
            return getTranslation("agreement.who.open");
        }
    }
}
