package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.base.ui.Texts;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.NoteService;
import nl.keukentafel.board.StaffBoard;
import nl.keukentafel.board.StaffScreenPass;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * The facilitator's board: every category, who is at the table in which role, the join code, and
 * moderation (hide a note from every other screen, show it again). Closed boards are read-only.
 */
@Route("conversations/:" + StaffBoardScreen.ID + "/board")
@RolesAllowed(Roles.FACILITATOR)
class FacilitatorBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardWatchService boards;
    private final NoteService notes;
    private final ConversationService conversations;
    private final JoinLinks.Links links;
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

    FacilitatorBoardView(
            BoardWatchService boards, NoteService notes, ConversationService conversations, JoinLinks links) {
        this.boards = boards;
        this.notes = notes;
        this.conversations = conversations;
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
        columns = new BoardColumns(c.template(), this::noteActions);
        Aside side = new Aside(codeBox, seatsTitle, seats);
        side.addClassName("board-side");
        Div layout = new Div(columns, side);
        layout.addClassName("board-layout");
        add(new Div(title, question, status, controls), layout);
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
        if (wasClosed != closed) {
            columns.redrawActions();
        }
        boolean sameStatus = previous != null
                && previous.isClosed() == view.isClosed()
                && Objects.equals(previous.joinCode(), view.joinCode());
        if (!sameStatus) {
            renderCode(view);
            status.setText(view.isClosed() ? getTranslation("board.closed") : "");
            status.setVisible(view.isClosed());
            renderControls(view);
        }
        if (previous == null || !previous.participants().equals(view.participants())) {
            renderSeats(view);
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
            seats.add(item);
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
                QrCode.image(links.joinUrl(view.joinCode()), getTranslation("board.qr-alt")));
    }

    private void renderControls(BoardContent view) {
        controls.removeAll();
        if (view.isClosed()) {
            return;
        }
        Anchor projector = new Anchor(
                BoardNavigation.projectorLink(view.conversationId()), getTranslation("conversations.open-projector"));
        projector.setTarget("_blank");
        projector.addClassName("board-link");
        Button close = new Button(getTranslation("conversations.close"), e -> confirmClose());
        close.addThemeVariants(ButtonVariant.ERROR);
        close.setId("close-conversation");
        controls.add(projector, close);
    }

    private void confirmClose() {
        Conversation c = conversation;
        if (c == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("conversations.close-title"),
                getTranslation("conversations.close-explain", c.title()),
                getTranslation("conversations.close"),
                e -> Notifications.attempt(() -> conversations.close(c.id())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private List<Component> noteActions(BoardContent.Card card) {
        Conversation c = conversation;
        if (c == null || closed) {
            return List.of();
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
        return List.of(toggle);
    }

    @Override
    public String getPageTitle() {
        return (conversation == null ? "" : conversation.title() + " · ") + getTranslation("app.name");
    }
}
