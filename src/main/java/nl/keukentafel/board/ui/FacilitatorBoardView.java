package nl.keukentafel.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.ui.Confirmations;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.base.ui.Texts;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.board.ErasureService;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.NoteService;
import nl.keukentafel.board.RetentionService;
import nl.keukentafel.board.StaffBoard;
import nl.keukentafel.board.StaffScreenPass;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The facilitator's board: every category, who is at the table in which role, the join code,
 * moderation (hide a note from every other screen, show it again; hide several at once), taking a
 * participant away from the table (and letting them back), the consent round (how many answered,
 * never what) and erasure of a participant or the whole conversation. Closed boards are read-only,
 * except for erasure.
 *
 * <p>Running the conversation (issue 16): the {@link StagePanel} every screen shows, the toolbar
 * with steps, pause, timer, silent writing, dots, agreements and undo ({@link FacilitationBar}),
 * per column silent writing, reveal and groups ({@link ColumnTools}), per card reveal, spotlight,
 * group, merge and agreement ({@link NoteTools}), and edit and remove on the stage's agreements
 * ({@link AgreementActions}).
 *
 * <p>Made for a laptop: every column in view at 1280×800 (the navigation drawer closes, the panel
 * with the code and the participants folds away), and a note that arrives out of view is pointed
 * out on its column's header ({@link #SCRIPT}). When the page was opened on "localhost", which no
 * tablet can reach, the board says so and offers this computer's network address for the QR code.
 */
@Route("conversations/:" + StaffBoardScreen.ID + "/board")
@RolesAllowed(Roles.FACILITATOR)
class FacilitatorBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The browser script that marks notes that arrive out of view. */
    static final String SCRIPT = "context://scripts/keukentafel-board.js";

    private final BoardWatchService boards;
    private final NoteService notes;
    private final ConsentService consents;
    private final ErasureService erasure;
    private final FacilitationService facilitation;
    private final StagePanel stage = new StagePanel(StagePanel.Screen.FACILITATOR);
    private final Map<Category, ColumnTools> columnTools = new LinkedHashMap<>();
    private @Nullable FacilitationBar facilitationBar;
    private @Nullable NoteTools noteTools;
    private @Nullable AgreementActions agreementActions;
    /** Whether the agreements' buttons were last set for a closed board (null: not set yet). */
    private @Nullable Boolean agreementButtonsClosed;

    private final RetentionService retention;
    private final Div retentionBox = new Div();
    private final ConversationService conversations;
    private final JoinLinks joinLinks;
    private JoinLinks.Links links;
    /** Shown when tablets could not open the join address (the page was opened on "localhost"). */
    private final Div joinAddress = new Div();

    private final Aside side = new Aside();
    private final Button sideToggle = new Button();
    private @Nullable Conversation conversation;
    private @Nullable StaffScreenPass pass;
    private @Nullable BoardColumns columns;
    private boolean closed;
    private @Nullable BoardContent shown;
    private final H1 title = new H1();
    private final Paragraph question = new Paragraph();
    private final Div codeBox = new Div();
    private final UnorderedList seats = new UnorderedList();
    private final H2 seatsTitle = new H2();
    private final Div status = new Div();
    private final Div controls = new Div();
    /** Hiding several notes at once: whether cards show a choice, and which are chosen. */
    private final Div chooseBar = new Div();

    private final Set<NoteId> chosen = new LinkedHashSet<>();
    private boolean choosing;

    FacilitatorBoardView(
            BoardWatchService boards,
            NoteService notes,
            ConsentService consents,
            ErasureService erasure,
            FacilitationService facilitation,
            RetentionService retention,
            ConversationService conversations,
            JoinLinks links) {
        this.facilitation = facilitation;
        this.retention = retention;
        this.boards = boards;
        this.notes = notes;
        this.consents = consents;
        this.erasure = erasure;
        this.conversations = conversations;
        this.joinLinks = links;
        this.links = links.forCurrentRequest();
        addClassName("facilitator-board");
        setSizeFull();
        question.addClassName("board-question");
        codeBox.addClassName("board-code");
        status.addClassName("board-status");
        status.getElement().setAttribute("role", "status");
        controls.addClassName("board-controls");
        seats.addClassName("board-seats");
        seats.setId("seats");
        chooseBar.addClassName("choose-bar");
        chooseBar.setId("choose-bar");
        joinAddress.addClassName("join-address");
        joinAddress.setId("join-address");
        side.addClassName("board-side");
        side.setId("board-side");
        sideToggle.setText(getTranslation("board.side-toggle"));
        sideToggle.setId("board-side-toggle");
        sideToggle.addThemeVariants(ButtonVariant.TERTIARY);
        sideToggle.getElement().setAttribute("aria-controls", "board-side");
        sideToggle.addClickListener(e -> showSide(!side.isVisible()));
        showSide(true);
        StaffBoardScreen.watchWhileAttached(this, boards, () -> pass, this::render);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StaffBoard> found = StaffBoardScreen.open(event, boards::openAsFacilitator);
        if (found.isEmpty()) {
            return;
        }
        Conversation c = found.get().conversation();
        conversation = c;
        pass = found.get().pass();
        removeAll();
        title.setText(c.title());
        question.setText(c.residentQuestion());
        BoardColumns board = new BoardColumns(c.template(), this::noteActions);
        columns = board;
        board.markArrivals();
        FacilitationBar tools =
                new FacilitationBar(facilitation, c.id(), c.template(), () -> shown, () -> openAgreement(null));
        facilitationBar = tools;
        columnTools.clear();
        for (Category category : c.template().categories()) {
            ColumnTools column = new ColumnTools(facilitation, c.id(), category, () -> shown);
            columnTools.put(category, column);
            board.addUnderHeader(category, column);
        }
        NoteTools cardTools = new NoteTools(facilitation, c.id(), () -> shown, columnTools::get, this::openAgreement);
        noteTools = cardTools;
        board.onNewCard(card -> {
            if (!closed) {
                cardTools.fitOut(card);
            }
        });
        agreementActions = new AgreementActions(facilitation, c.id(), this::editAgreement, this);
        agreementButtonsClosed = null;
        renderRetention(c);
        side.removeAll();
        side.add(codeBox, seatsTitle, seats, retentionBox);
        Div layout = new Div(board, side);
        layout.addClassName("board-layout");
        renderChooseBar();
        renderJoinAddress();
        Div bar = new Div(tools.phases(), tools.toggle(), sideToggle);
        bar.addClassName("board-bar");
        Div toolRow = new Div(tools, chooseBar);
        toolRow.addClassName("fac-row");
        add(new Div(title, question, status, controls), joinAddress, stage, bar, toolRow, layout);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        // Texts for the script's column badges, with {0} for the number and {1} for the column.
        getElement().setAttribute("data-new-notes", getTranslation("board.new-notes", "{0}"));
        getElement().setAttribute("data-new-notes-label", getTranslation("board.new-notes-label", "{0}", "{1}"));
        // The board needs the width: the navigation is one click away in the header.
        AppLayout shell = findAncestor(AppLayout.class);
        if (shell != null) {
            shell.setDrawerOpened(false);
        }
    }

    /** Folds the panel with the code and the participants away, or opens it again. */
    private void showSide(boolean open) {
        side.setVisible(open);
        sideToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        sideToggle.setIcon((open ? VaadinIcon.ANGLE_RIGHT : VaadinIcon.ANGLE_LEFT).create());
        sideToggle.setIconAfterText(true);
    }

    /**
     * When the page was opened on "localhost", tablets following the QR code would look for the app
     * on themselves: say so, and offer this computer's own network addresses instead.
     */
    private void renderJoinAddress() {
        joinAddress.removeAll();
        joinAddress.setVisible(links.unreachable());
        if (!links.unreachable()) {
            return;
        }
        joinAddress.add(new Paragraph(getTranslation("board.join-address.localhost")));
        if (links.inNetwork().isEmpty()) {
            joinAddress.add(new Paragraph(getTranslation("board.join-address.none")));
            return;
        }
        Div choices = new Div();
        choices.addClassName("join-address-choices");
        for (String base : links.inNetwork()) {
            String address = JoinLinks.Links.withoutScheme(base);
            Button use = new Button(getTranslation("board.join-address.use", address), e -> useAddress(base));
            use.addThemeVariants(ButtonVariant.PRIMARY);
            use.setId("use-address-" + address.replaceAll("[^0-9]", "-"));
            choices.add(use);
        }
        joinAddress.add(choices);
    }

    private void useAddress(String base) {
        links = joinLinks.choose(links, base);
        renderJoinAddress();
        if (shown != null) {
            renderCode(shown);
        }
        Notifications.success(this, "board.join-address.using", JoinLinks.Links.withoutScheme(base));
    }

    private void render(BoardContent view) {
        if (columns == null) {
            return;
        }
        BoardContent previous = shown;
        shown = view;
        boolean wasClosed = closed;
        closed = view.isClosed();
        Texts.update(title, view.title());
        Texts.update(question, view.residentQuestion());
        columns.show(view);
        renderFacilitation(previous, view);
        if (wasClosed != closed) {
            choosing = choosing && !closed;
            chosen.clear();
            columns.redrawActions();
            renderChooseBar();
        }
        boolean sameStatus = previous != null
                && previous.isClosed() == view.isClosed()
                && Objects.equals(previous.joinCode(), view.joinCode())
                && Objects.equals(previous.consentRound(), view.consentRound());
        if (!sameStatus) {
            renderCode(view);
            status.setText(view.isClosed() ? getTranslation("board.closed") : "");
            status.setVisible(view.isClosed());
            renderControls(view);
        }
        if (previous == null || !previous.participants().equals(view.participants()) || wasClosed != closed) {
            renderSeats(view);
        }
    }

    /** The stage, the toolbar, the columns' tools and the agreements; card tools when they change. */
    private void renderFacilitation(@Nullable BoardContent previous, BoardContent view) {
        stage.show(view, null);
        if (facilitationBar != null) {
            facilitationBar.show(view);
        }
        columnTools.values().forEach(tools -> tools.show(view));
        AgreementActions actions = agreementActions;
        if (actions != null && !Boolean.valueOf(closed).equals(agreementButtonsClosed)) {
            // Change and remove while the board is live; a closed board's agreements stay as they are.
            agreementButtonsClosed = closed;
            stage.agreementActions(closed ? agreement -> List.of() : actions::buttons);
        }
        if (columns != null && NoteTools.changesActions(previous, view)) {
            columns.redrawActions();
        }
    }

    /** A new agreement, from scratch or ({@code note}) from a note's words, linked to it. */
    private void openAgreement(BoardContent.@Nullable Card note) {
        Conversation c = conversation;
        BoardContent view = shown;
        if (c != null && view != null) {
            AgreementDialog.create(facilitation, c.id(), view.participants(), note)
                    .open();
        }
    }

    private void editAgreement(BoardContent.Agreement agreement) {
        Conversation c = conversation;
        BoardContent view = shown;
        if (c != null && view != null) {
            AgreementDialog.edit(facilitation, c.id(), view.participants(), agreement)
                    .open();
        }
    }

    private void renderSeats(BoardContent view) {
        seatsTitle.setText(getTranslation("board.seats", view.participants().size()));
        seats.removeAll();
        for (BoardContent.Seat seat : view.participants()) {
            String name = seat.name() == null ? getTranslation("note.author.anonymous") : seat.name();
            ListItem item =
                    new ListItem(name + " · " + getTranslation(seat.role().labelKey()));
            if (seat.anonymous()) {
                Span badge = new Span(getTranslation("board.anonymous-to-others"));
                badge.addClassName("seat-badge");
                item.add(badge);
            }
            if (seat.removed()) {
                Span removed = new Span(getTranslation("board.participant-removed"));
                removed.addClassName("seat-badge");
                item.add(removed);
            }
            if (!closed) {
                item.add(seat.removed() ? returnButton(seat, name) : removeButton(seat, name));
            }
            Button erase = new Button(getTranslation("erasure.participant"), e -> confirmEraseParticipant(seat, name));
            erase.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            erase.setId("erase-participant-" + seat.id().value());
            erase.setAriaLabel(getTranslation("erasure.participant-named", name));
            item.add(erase);
            seats.add(item);
        }
    }

    private Button removeButton(BoardContent.Seat seat, String name) {
        Button remove = new Button(getTranslation("board.remove-participant"), e -> {
            Conversation c = conversation;
            if (c != null) {
                confirm(
                        getTranslation("board.remove-participant-title", name),
                        getTranslation("board.remove-participant-explain"),
                        getTranslation("board.remove-participant"),
                        () -> Notifications.success(
                                this, "board.participant-removed-done", notes.removeParticipant(c.id(), seat.id())));
            }
        });
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setId("remove-participant-" + seat.id().value());
        remove.setAriaLabel(getTranslation("board.remove-participant-named", name));
        return remove;
    }

    private Button returnButton(BoardContent.Seat seat, String name) {
        Button back = new Button(getTranslation("board.return-participant"), e -> {
            Conversation c = conversation;
            if (c != null) {
                Notifications.attempt(() -> notes.returnParticipant(c.id(), seat.id()));
            }
        });
        back.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        back.setId("return-participant-" + seat.id().value());
        back.setAriaLabel(getTranslation("board.return-participant-named", name));
        return back;
    }

    /** The bar above the columns: start choosing notes to hide, or hide the chosen ones. */
    private void renderChooseBar() {
        chooseBar.removeAll();
        chooseBar.setVisible(!closed);
        if (!choosing) {
            Button start = new Button(getTranslation("board.choose-start"), e -> setChoosing(true));
            start.addThemeVariants(ButtonVariant.TERTIARY);
            start.setId("choose-start");
            chooseBar.add(start);
            return;
        }
        Span count = new Span(getTranslation("board.chosen", chosen.size()));
        count.setId("chosen-count");
        count.getElement().setAttribute("aria-live", "polite");
        Button hide = new Button(getTranslation("board.hide-chosen"), e -> hideChosen());
        hide.addThemeVariants(ButtonVariant.PRIMARY);
        hide.setEnabled(!chosen.isEmpty());
        hide.setId("hide-chosen");
        Button stop = new Button(getTranslation("action.cancel"), e -> setChoosing(false));
        stop.setId("choose-stop");
        chooseBar.add(count, hide, stop);
    }

    private void setChoosing(boolean on) {
        choosing = on;
        chosen.clear();
        renderChooseBar();
        if (columns != null) {
            columns.redrawActions();
        }
    }

    private void hideChosen() {
        Conversation c = conversation;
        if (c == null || chosen.isEmpty()) {
            return;
        }
        Set<NoteId> hide = Set.copyOf(chosen);
        Notifications.attempt(() -> {
            int hidden = notes.moderateNotes(c.id(), hide);
            Notifications.success(this, "board.hidden-chosen", hidden);
            setChoosing(false);
        });
    }

    private void confirmEraseParticipant(BoardContent.Seat seat, String name) {
        Conversation c = conversation;
        if (c == null) {
            return;
        }
        confirm(
                getTranslation("erasure.participant-title", name),
                getTranslation("erasure.participant-explain"),
                getTranslation("erasure.participant"),
                () -> Notifications.success(this, "erasure.done", erasure.eraseParticipant(c.id(), seat.id())));
    }

    private void confirmEraseConversation() {
        Conversation c = conversation;
        if (c == null) {
            return;
        }
        confirm(
                getTranslation("erasure.conversation-title", c.title()),
                getTranslation("erasure.conversation-explain"),
                getTranslation("erasure.conversation"),
                () -> Notifications.success(this, "erasure.done", erasure.eraseConversation(c.id())));
    }

    private void confirm(String title, String explain, String action, Runnable run) {
        Confirmations.confirmDestructive(title, explain, action, () -> Notifications.attempt(run));
    }

    /** How long this conversation's personal data is kept after close; the facilitator may set it. */
    private void renderRetention(Conversation c) {
        retentionBox.removeAll();
        retentionBox.addClassName("board-retention");
        RetentionService.Retention state = retention.retentionOf(c.id());
        H2 heading = new H2(getTranslation("retention.title"));
        retentionBox.add(heading);
        if (state.done()) {
            retentionBox.add(new Paragraph(getTranslation("retention.done")));
            return;
        }
        IntegerField months = new IntegerField(getTranslation("retention.months"));
        months.setMin(1);
        months.setMax(120);
        months.setStepButtonsVisible(true);
        months.setValue(state.ownMonths());
        months.setPlaceholder(String.valueOf(state.months()));
        months.setHelperText(getTranslation("retention.default", state.months()));
        months.setId("retention-months");
        Button save = new Button(getTranslation("action.save"), e -> {
            if (months.isInvalid()) {
                return;
            }
            if (Notifications.attempt(() -> retention.setRetention(c.id(), months.getValue()))) {
                Notifications.success(this, "retention.saved");
                renderRetention(c);
            }
        });
        save.setId("retention-save");
        retentionBox.add(months, save);
        if (state.date() != null) {
            Paragraph date = new Paragraph(getTranslation("retention.date", Dates.date(state.date(), getLocale())));
            date.setId("retention-date");
            retentionBox.add(date);
        }
    }

    private void renderCode(BoardContent view) {
        codeBox.removeAll();
        if (view.joinCode() == null) {
            return;
        }
        Span code = new Span(view.joinCode().display());
        code.addClassName("join-code");
        code.setId("join-code");
        codeBox.add(
                new Paragraph(getTranslation("board.join-with", links.joinAddress())),
                code,
                QrCode.image(links.joinUrl(view.joinCode()), getTranslation("board.qr-alt")),
                new KioskLink(links, view.joinCode()));
    }

    private void renderControls(BoardContent view) {
        controls.removeAll();
        Button eraseAll = new Button(getTranslation("erasure.conversation"), e -> confirmEraseConversation());
        eraseAll.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        eraseAll.setId("erase-conversation");
        if (view.isClosed()) {
            controls.add(eraseAll);
            return;
        }
        ConversationId id = view.conversationId();
        BoardContent.ConsentRound round = view.consentRound();
        Component roundControl;
        if (round == null) {
            Button start = new Button(
                    getTranslation("consent.round.start"), e -> Notifications.attempt(() -> consents.startRound(id)));
            start.setId("start-consent-round");
            roundControl = start;
        } else {
            Span answered = new Span(getTranslation("consent.round.answered", round.answered(), round.asked()));
            answered.setId("consent-round-answered");
            answered.addClassName("consent-round-count");
            Button end = new Button(
                    getTranslation("consent.round.end"), e -> Notifications.attempt(() -> consents.endRound(id)));
            end.setId("end-consent-round");
            roundControl = new Span(answered, end);
        }
        Anchor projector = new Anchor(
                BoardNavigation.projectorLink(view.conversationId()), getTranslation("conversations.open-projector"));
        projector.setTarget("_blank");
        projector.addClassName("board-link");
        Button close = new Button(getTranslation("conversations.close"), e -> confirmClose());
        close.addThemeVariants(ButtonVariant.ERROR);
        close.setId("close-conversation");
        controls.add(projector, roundControl, close, eraseAll);
    }

    private void confirmClose() {
        Conversation c = conversation;
        if (c == null) {
            return;
        }
        Confirmations.confirmDestructive(
                getTranslation("conversations.close-title"),
                getTranslation("conversations.close-explain", c.title()),
                getTranslation("conversations.close"),
                () -> Notifications.attempt(() -> conversations.close(c.id())));
    }

    private List<Component> noteActions(BoardContent.Card card) {
        Conversation c = conversation;
        if (c == null || closed) {
            return List.of();
        }
        if (choosing) {
            if (card.moderated()) {
                return List.of();
            }
            Checkbox choose = new Checkbox(getTranslation("board.choose-note"), chosen.contains(card.id()));
            choose.setId("choose-" + card.id().value());
            choose.addValueChangeListener(e -> {
                if (e.getValue()) {
                    chosen.add(card.id());
                } else {
                    chosen.remove(card.id());
                }
                renderChooseBar();
            });
            return List.of(choose);
        }
        Button toggle = new Button(
                getTranslation(card.moderated() ? "board.unhide" : "board.hide"),
                e -> Notifications.attempt(() -> {
                    if (card.moderated()) {
                        notes.restoreNote(c.id(), card.id());
                    } else {
                        notes.moderateNote(c.id(), card.id());
                    }
                }));
        toggle.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        toggle.setId((card.moderated() ? "unhide-" : "hide-") + card.id().value());
        if (card.moderated() || noteTools == null) {
            return List.of(toggle);
        }
        List<Component> actions = new ArrayList<>(noteTools.actions(this, card));
        // Hiding sits before the "Meer" menu, which stays last.
        actions.add(actions.size() - 1, toggle);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return (conversation == null ? "" : conversation.title() + " · ") + getTranslation("app.name");
    }
}
