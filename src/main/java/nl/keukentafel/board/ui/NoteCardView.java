package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import nl.keukentafel.base.Dates;
import nl.keukentafel.board.BoardView;

/**
 * One note on a board: its text, the author's role (always), name (when this screen may show it)
 * and time. Screens add their own buttons through {@code actions}.
 */
class NoteCardView extends Div {

    private final Function<BoardView.Card, List<Component>> actions;
    private BoardView.Card card;

    NoteCardView(BoardView.Card card, Function<BoardView.Card, List<Component>> actions) {
        this.card = card;
        this.actions = actions;
        addClassName("note-card");
        getElement().setAttribute("role", "listitem");
        render();
    }

    long seq() {
        return card.seq();
    }

    /** Draws the card again, e.g. when the screen's buttons change because the board closed. */
    void redraw() {
        render();
    }

    void update(BoardView.Card next) {
        if (next.equals(card)) {
            return;
        }
        card = next;
        render();
    }

    private void render() {
        removeAll();
        setId("note-" + card.id().value());
        setClassName("note-hidden", card.hidden());
        setClassName("note-mine", card.mine());
        Paragraph text = new Paragraph(card.text());
        text.addClassName("note-text");
        Span role = new Span(getTranslation(card.authorRole().labelKey()));
        role.addClassName("note-role");
        Span author = new Span(authorLabel());
        author.addClassName("note-author");
        Span time = new Span(Dates.time(card.placedAt(), getLocale())
                + (card.edited() ? " · " + getTranslation("note.edited") : ""));
        time.addClassName("note-time");
        Div meta = new Div(author, role, time);
        meta.addClassName("note-meta");
        add(text, meta);
        if (card.hidden()) {
            Span hidden = new Span(getTranslation("note.hidden-badge"));
            hidden.addClassName("note-badge");
            add(hidden);
        }
        List<Component> buttons = actions.apply(card);
        if (!buttons.isEmpty()) {
            Div bar = new Div();
            bar.addClassName("note-actions");
            buttons.forEach(bar::add);
            add(bar);
        }
    }

    private String authorLabel() {
        if (card.mine()) {
            return getTranslation("note.author.me");
        }
        if (card.authorName() == null) {
            return getTranslation("note.author.anonymous");
        }
        return card.authorAnonymous()
                ? getTranslation("note.author.anonymous-to-others", card.authorName())
                : card.authorName();
    }
}
