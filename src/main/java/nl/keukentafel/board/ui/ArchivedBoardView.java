package nl.keukentafel.board.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.base.Dates;
import nl.keukentafel.board.Audience;
import nl.keukentafel.board.BoardService;
import nl.keukentafel.board.BoardView;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.security.Roles;
import org.jspecify.annotations.Nullable;

/** A closed conversation's board, read-only; anonymous participants stay anonymous. */
@Route("archive/:id")
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN})
class ArchivedBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardService boards;
    private final ConversationService conversations;
    private @Nullable Conversation conversation;
    private @Nullable BoardColumns columns;

    ArchivedBoardView(BoardService boards, ConversationService conversations) {
        this.boards = boards;
        this.conversations = conversations;
        addClassName("archived-board");
        StaffBoardScreen.watchWhileAttached(this, boards, Audience.REVIEW, () -> conversation, this::render);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Conversation> found = StaffBoardScreen.conversation(event, conversations, Conversation::isClosed);
        if (found.isEmpty()) {
            return;
        }
        conversation = found.get();
        Conversation c = conversation;
        removeAll();
        Paragraph meta = new Paragraph(getTranslation(
                "archive.meta", c.themeName(), c.municipalityName(), Dates.dateTime(c.startsAt(), getLocale())));
        Paragraph question = new Paragraph(c.residentQuestion());
        question.addClassName("board-question");
        columns = new BoardColumns(c.template(), card -> List.of());
        add(new H1(c.title()), meta, question, columns);
    }

    private void render(BoardView view) {
        if (columns != null) {
            columns.show(view);
        }
    }

    @Override
    public String getPageTitle() {
        return (conversation == null ? "" : conversation.title() + " · ") + getTranslation("app.name");
    }
}
