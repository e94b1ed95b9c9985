package nl.keukentafel.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import nl.keukentafel.base.ui.Confirmations;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardHistory;
import nl.keukentafel.board.BoardRecord;
import nl.keukentafel.board.ErasureService;
import nl.keukentafel.board.ReadPurpose;
import nl.keukentafel.board.RedactionReview;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.CurrentStaff;
import nl.keukentafel.security.Roles;
import nl.keukentafel.security.StaffRole;
import org.jspecify.annotations.Nullable;

/**
 * A closed conversation's board, read-only, as the archive may show it (read once from the
 * database through {@link BoardHistory}, never from a live copy): only notes whose authors allowed
 * them to leave the table, with personal details replaced and no names (docs/privacy.md). Per
 * note, staff can check and correct what the redaction step replaced.
 */
@Route("archive/:" + StaffBoardScreen.ID)
@RolesAllowed({Roles.TEAM_MEMBER, Roles.ADMIN})
class ArchivedBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardHistory history;
    private final RedactionReview review;
    private final ErasureService erasure;
    private @Nullable Conversation conversation;

    ArchivedBoardView(BoardHistory history, RedactionReview review, ErasureService erasure) {
        this.history = history;
        this.review = review;
        this.erasure = erasure;
        addClassName("archived-board");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<BoardRecord> found =
                StaffBoardScreen.open(event, id -> history.read(id, ReadPurpose.ARCHIVE, getLocale()));
        found.ifPresent(this::show);
    }

    private void show(BoardRecord record) {
        Conversation c = record.conversation();
        conversation = c;
        removeAll();
        Paragraph meta = new Paragraph(getTranslation(
                "archive.meta", c.themeName(), c.municipalityName(), Dates.dateTime(c.startsAt(), getLocale())));
        Paragraph question = new Paragraph(c.residentQuestion());
        question.addClassName("board-question");
        Paragraph released = new Paragraph(getTranslation("archive.released-only"));
        released.addClassName("archive-released");
        released.setId("archive-released");
        BoardColumns columns = new BoardColumns(c.template(), card -> List.of(reviewButton(c, card)));
        columns.show(record.content());
        add(new H1(c.title()), meta, question, released, columns);
        if (CurrentStaff.hasRole(StaffRole.ADMIN)) {
            Button erase = new Button(getTranslation("erasure.conversation"), e -> confirmErase(c));
            erase.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            erase.setId("erase-conversation");
            add(erase);
        }
    }

    /** Admins erase a whole closed conversation here (facilitators do it from their board). */
    private void confirmErase(Conversation c) {
        Confirmations.confirmDestructive(
                getTranslation("erasure.conversation-title", c.title()),
                getTranslation("erasure.conversation-explain"),
                getTranslation("erasure.conversation"),
                () -> {
                    if (Notifications.attempt(
                            () -> Notifications.success(this, "erasure.done", erasure.eraseConversation(c.id())))) {
                        show(history.read(c.id(), ReadPurpose.ARCHIVE, getLocale()));
                    }
                });
    }

    /** Opens the note's redaction review; afterwards the board is read again, as it now leaves the table. */
    private Button reviewButton(Conversation c, BoardContent.Card card) {
        Button button = new Button(
                getTranslation("redaction.review"),
                e -> new RedactionDialog(
                                review,
                                c.id(),
                                card.id(),
                                () -> show(history.read(c.id(), ReadPurpose.ARCHIVE, getLocale())))
                        .open());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setId("review-redaction-" + card.id().value());
        return button;
    }

    @Override
    public String getPageTitle() {
        return (conversation == null ? "" : conversation.title() + " · ") + getTranslation("app.name");
    }
}
