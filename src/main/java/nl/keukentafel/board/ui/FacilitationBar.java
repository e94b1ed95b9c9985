package nl.keukentafel.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.base.ui.Texts;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.Phase;
import org.jspecify.annotations.Nullable;

/**
 * The facilitator's toolbar above the columns (issue 16): the conversation's steps (back, forward,
 * jump to any, or none), letting everyone write in a residents-first step, pause, the timer, silent
 * writing in every column and showing what waits, the dots, a new agreement, and undo. Everything
 * goes through {@link FacilitationService}; the board change that follows redraws the bar with
 * {@link #show}, so the bar always shows the board's state, not what was clicked.
 */
class FacilitationBar extends Div {

    private final FacilitationService facilitation;
    private final ConversationId id;
    private final BoardTemplate template;
    private final Supplier<@Nullable BoardContent> current;
    private final Runnable newAgreement;

    private final Button back = new Button();
    private final Button next = new Button();
    private final OrderedList steps = new OrderedList();
    private final Button noPhases = new Button();
    private final Checkbox openUp = new Checkbox();
    private final Button pause = new Button();
    private final IntegerField minutes = new IntegerField();
    private final Button startTimer = new Button();
    private final Button stopTimer = new Button();
    private final Checkbox silentAll = new Checkbox();
    private final Button revealAll = new Button();
    private final IntegerField dots = new IntegerField();
    private final Checkbox votesShown = new Checkbox();
    private final Button undo = new Button();
    private final Button toggle = new Button();
    private final Nav phases = new Nav();
    private final Div voting;
    private @Nullable Phase stepsFor;
    private List<Phase> stepsOf = List.of();
    private boolean stepsShown;

    FacilitationBar(
            FacilitationService facilitation,
            ConversationId id,
            BoardTemplate template,
            Supplier<@Nullable BoardContent> current,
            Runnable newAgreement) {
        this.facilitation = facilitation;
        this.id = id;
        this.template = template;
        this.current = current;
        this.newAgreement = newAgreement;
        addClassName("fac-bar");
        setId("fac-bar");

        back.setText(getTranslation("fac.phase.back"));
        back.setId("fac-phase-back");
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addThemeVariants(ButtonVariant.SMALL);
        back.addClickListener(e -> step(-1));
        next.setText(getTranslation("fac.phase.next"));
        next.setId("fac-phase-next");
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        next.addClickListener(e -> step(1));
        steps.addClassName("fac-steps");
        noPhases.setText(getTranslation("fac.phase.none"));
        noPhases.setId("fac-no-phases");
        noPhases.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        noPhases.addClickListener(e -> Notifications.attempt(() -> facilitation.setPhase(id, null)));
        openUp.setLabel(getTranslation("fac.open-up"));
        openUp.setId("fac-open-up");
        openUp.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Notifications.attempt(() -> facilitation.openToEveryone(id, e.getValue()));
            }
        });
        phases.add(back, steps, next, openUp);
        phases.addClassName("fac-phases");
        phases.getElement().setAttribute("aria-label", getTranslation("fac.phases"));

        pause.setText(getTranslation("fac.pause"));
        pause.setId("fac-pause");
        pause.setIcon(VaadinIcon.PAUSE.create());
        pause.addThemeVariants(ButtonVariant.SMALL);
        pause.addClassName("fac-toggle");
        pause.addClickListener(e -> {
            BoardContent view = current.get();
            boolean locked = view != null && view.facilitation().locked();
            Notifications.attempt(() -> facilitation.lock(id, !locked));
        });

        // A short visible unit and a full name for screen readers keep the toolbar one line high.
        minutes.setAriaLabel(getTranslation("fac.timer.minutes"));
        minutes.setSuffixComponent(new Span(getTranslation("fac.timer.unit")));
        minutes.setId("fac-timer-minutes");
        minutes.setMin(1);
        minutes.setMax((int) FacilitationService.LONGEST_TIMER.toMinutes());
        minutes.setValue(5);
        minutes.setStepButtonsVisible(true);
        minutes.addClassName("fac-minutes");
        minutes.addThemeName("small");
        startTimer.setText(getTranslation("fac.timer.start"));
        startTimer.setAriaLabel(getTranslation("fac.timer.start.label"));
        startTimer.setId("fac-timer-start");
        startTimer.addThemeVariants(ButtonVariant.SMALL);
        startTimer.addClickListener(e -> startTimer());
        stopTimer.setText(getTranslation("fac.timer.stop"));
        stopTimer.setAriaLabel(getTranslation("fac.timer.stop.label"));
        stopTimer.setId("fac-timer-stop");
        stopTimer.addThemeVariants(ButtonVariant.SMALL);
        stopTimer.addClickListener(e -> Notifications.attempt(() -> facilitation.stopTimer(id)));
        Div timer = group("fac-timer", minutes, startTimer, stopTimer);

        silentAll.setLabel(getTranslation("fac.silent.all"));
        silentAll.setAriaLabel(getTranslation("fac.silent.all.label"));
        silentAll.setId("fac-silent-all");
        silentAll.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Set<Category> silent = e.getValue() ? Set.copyOf(template.categories()) : Set.of();
                Notifications.attempt(() -> facilitation.setSilent(id, silent));
            }
        });
        revealAll.setId("fac-reveal-all");
        revealAll.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        revealAll.addClickListener(e -> Notifications.attempt(() -> facilitation.reveal(id, null)));
        Div silent = group("fac-silent", silentAll, revealAll);

        dots.setAriaLabel(getTranslation("fac.dots"));
        dots.setSuffixComponent(new Span(getTranslation("fac.dots.unit")));
        dots.setId("fac-dots");
        dots.setMin(1);
        dots.setMax(10);
        dots.setStepButtonsVisible(true);
        dots.addClassName("fac-minutes");
        dots.addThemeName("small");
        dots.addValueChangeListener(e -> {
            Integer value = e.getValue();
            if (e.isFromClient() && value != null) {
                Notifications.attempt(() -> facilitation.setDots(id, value));
            }
        });
        votesShown.setLabel(getTranslation("fac.votes.shown"));
        votesShown.setId("fac-votes-shown");
        votesShown.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Notifications.attempt(() -> facilitation.revealVotes(id, e.getValue()));
            }
        });
        voting = group("fac-voting", dots, votesShown);

        Button agreement = new Button(getTranslation("fac.agreement.new"), e -> newAgreement.run());
        agreement.setId("fac-agreement-new");
        agreement.setIcon(VaadinIcon.HANDSHAKE.create());
        agreement.addThemeVariants(ButtonVariant.SMALL);

        undo.setId("fac-undo");
        undo.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        undo.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        undo.addClickListener(e -> Notifications.attempt(() -> facilitation
                .undo(id)
                .ifPresent(key -> Notifications.success(this, "fac.undone", getTranslation(key)))));
        addClassName("fac-tools");
        add(pause, timer, silent, voting, agreement, noPhases, undo);

        toggle.setText(getTranslation("fac.toggle"));
        toggle.setId("fac-toggle");
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        toggle.getElement().setAttribute("aria-controls", "fac-bar");
        toggle.addClickListener(e -> fold(!isVisible()));
        fold(true);
    }

    /** The steps of the conversation, always in view in the bar above the columns. */
    Nav phases() {
        return phases;
    }

    /** The button that folds the toolbar away and back, for the bar above the columns. */
    Button toggle() {
        return toggle;
    }

    private void fold(boolean open) {
        setVisible(open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        toggle.setIcon((open ? VaadinIcon.ANGLE_UP : VaadinIcon.ANGLE_DOWN).create());
        toggle.setIconAfterText(true);
    }

    private static Div group(String className, com.vaadin.flow.component.Component... parts) {
        Div group = new Div(parts);
        group.addClassName("fac-group-of-tools");
        group.addClassName(className);
        return group;
    }

    /** Shows the board's state: the step, pause, timer, silence, dots and what undo would undo. */
    void show(BoardContent view) {
        if (view.isClosed()) {
            // A closed board cannot change: no tools, and no button to unfold them.
            setVisible(false);
            toggle.setVisible(false);
            return;
        }
        BoardContent.Facilitation stage = view.facilitation();
        showSteps(stage);
        Phase phase = stage.phase();
        openUp.setVisible(phase != null && phase.residentsFirst());
        if (openUp.getValue() == stage.residentsFirst()) {
            openUp.setValue(!stage.residentsFirst());
        }
        pressed(pause, stage.locked());
        if (stage.locked()) {
            pause.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        } else {
            pause.removeThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        }
        stopTimer.setVisible(stage.timer() != null);
        boolean allSilent = stage.silentCategories().containsAll(template.categories());
        if (silentAll.getValue() != allSilent) {
            silentAll.setValue(allSilent);
        }
        silentAll.setIndeterminate(!allSilent && !stage.silentCategories().isEmpty());
        int waiting = stage.silentTotal();
        revealAll.setVisible(waiting > 0);
        Texts.update(revealAll, getTranslation("fac.reveal.all", waiting));
        BoardContent.Voting votes = stage.voting();
        // The dots matter in the step for choosing, and while their counts are shown.
        voting.setVisible(votes.open() || votes.revealed());
        if (!Objects.equals(dots.getValue(), votes.dots())) {
            dots.setValue(votes.dots());
        }
        if (votesShown.getValue() != votes.revealed()) {
            votesShown.setValue(votes.revealed());
        }
        String undoKey = stage.undo();
        Texts.update(undo, getTranslation(undoKey == null ? "fac.undo.none" : undoKey));
        undo.setEnabled(undoKey != null);
    }

    /** The steps as an ordered list of buttons, the current one marked; rebuilt only when it moves. */
    private void showSteps(BoardContent.Facilitation stage) {
        Phase phase = stage.phase();
        List<Phase> phases = stage.phases();
        int at = phase == null ? -1 : phases.indexOf(phase);
        back.setEnabled(at > 0);
        next.setEnabled(at < phases.size() - 1);
        pressed(noPhases, phase == null);
        if (stepsShown && Objects.equals(stepsFor, phase) && stepsOf.equals(phases)) {
            return;
        }
        stepsShown = true;
        stepsFor = phase;
        stepsOf = phases;
        steps.removeAll();
        for (int i = 0; i < phases.size(); i++) {
            Phase each = phases.get(i);
            String name = getTranslation(each.labelKey());
            Button go = new Button(getTranslation("fac.phase.go", i + 1, name), e -> setPhase(each));
            go.setId("fac-phase-" + each.name().toLowerCase(java.util.Locale.ROOT));
            go.addThemeVariants(ButtonVariant.SMALL, each == phase ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
            go.setAriaLabel(getTranslation("fac.phase.go.label", i + 1, name));
            if (each == phase) {
                go.getElement().setAttribute("aria-current", "step");
            }
            steps.add(new ListItem(go));
        }
    }

    private void step(int by) {
        BoardContent view = current.get();
        if (view == null) {
            return;
        }
        List<Phase> phases = view.facilitation().phases();
        Phase phase = view.facilitation().phase();
        int at = phase == null ? -1 : phases.indexOf(phase);
        int to = at + by;
        if (to >= 0 && to < phases.size()) {
            setPhase(phases.get(to));
        }
    }

    private void setPhase(Phase phase) {
        Notifications.attempt(() -> facilitation.setPhase(id, phase));
    }

    private void startTimer() {
        Integer value = minutes.getValue();
        // An empty field asks for the same as zero minutes: the service says what may be chosen.
        Notifications.attempt(() -> facilitation.startTimer(id, Duration.ofMinutes(value == null ? 0 : value)));
    }

    private static void pressed(Button button, boolean on) {
        String value = String.valueOf(on);
        if (!value.equals(button.getElement().getAttribute("aria-pressed"))) {
            button.getElement().setAttribute("aria-pressed", value);
        }
    }

    /** The start of a note's text, for a label that names the note. */
    static String snippet(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    /** Which categories are silent now, as a new set the caller may change. */
    static Set<Category> silentNow(@Nullable BoardContent view) {
        return view == null
                ? new HashSet<>()
                : new HashSet<>(view.facilitation().silentCategories());
    }
}
