package nl.keukentafel.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.keukentafel.base.ui.Texts;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.StaffBoard;
import nl.keukentafel.board.StaffScreenPass;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/**
 * For the projector or a big screen at the table: a strip with the title, the join code and QR code,
 * and the board read-only below it. Anonymous authors stay anonymous here, and hidden notes never
 * show.
 *
 * <p>The screen always fits one beamer image and never scrolls: {@link #SCRIPT} shrinks the type and
 * the QR code as the board fills, and when a column is still too long, folds its oldest notes into
 * one line ("+ 12 eerdere"), so the newest stay in view.
 */
@Route(value = "conversations/:" + StaffBoardScreen.ID + "/projector", autoLayout = false)
@RolesAllowed(Roles.FACILITATOR)
class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The browser script that fits the board to the screen. */
    static final String SCRIPT = "context://scripts/keukentafel-projector.js";

    private final BoardWatchService boards;
    private final JoinLinks.Links links;
    private @Nullable Conversation conversation;
    private @Nullable StaffScreenPass pass;
    private @Nullable BoardColumns columns;
    private final Div join = new Div();
    private final Paragraph closed = new Paragraph();
    private final H1 title = new H1();
    private final Paragraph question = new Paragraph();
    private final StagePanel stage = new StagePanel(StagePanel.Screen.PROJECTOR);
    private @Nullable BoardContent shown;

    ProjectorView(BoardWatchService boards, JoinLinks links) {
        this.boards = boards;
        this.links = links.forCurrentRequest();
        addClassName("projector-view");
        join.addClassName("projector-join");
        closed.addClassName("projector-closed");
        closed.getElement().setAttribute("role", "status");
        StaffBoardScreen.watchWhileAttached(this, boards, () -> pass, this::render);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StaffBoard> found = StaffBoardScreen.open(event, boards::openAsProjector);
        if (found.isEmpty()) {
            return;
        }
        conversation = found.get().conversation();
        pass = found.get().pass();
        removeAll();
        title.setText(conversation.title());
        question.setText(conversation.residentQuestion());
        question.addClassName("projector-question");
        columns = new BoardColumns(conversation.template(), card -> List.of());
        Div header = new Div(new Div(title, question, closed, stage), join);
        header.addClassName("projector-header");
        add(header, columns);
    }

    private void render(BoardContent view) {
        Texts.update(title, view.title());
        Texts.update(question, view.residentQuestion());
        stage.show(view, null);
        if (columns != null) {
            columns.show(view);
        }
        BoardContent previous = shown;
        shown = view;
        if (previous != null
                && previous.isClosed() == view.isClosed()
                && Objects.equals(previous.joinCode(), view.joinCode())) {
            return;
        }
        join.removeAll();
        closed.setText(view.isClosed() ? getTranslation("board.closed") : "");
        closed.setVisible(view.isClosed());
        if (view.joinCode() != null) {
            Span code = new Span(view.joinCode().display());
            code.addClassName("join-code");
            code.setId("join-code");
            join.add(
                    QrCode.image(links.joinUrl(view.joinCode()), getTranslation("board.qr-alt")),
                    new Paragraph(getTranslation("board.join-with", links.joinAddress())),
                    code);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        // The script fills in the number of folded notes.
        getElement().setAttribute("data-earlier", getTranslation("projector.earlier", "{0}"));
    }

    @Override
    public String getPageTitle() {
        return (conversation == null ? "" : conversation.title() + " · ") + getTranslation("app.name");
    }
}
