package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Function;
import nl.keukentafel.base.Dates;
import nl.keukentafel.board.BoardView;
import org.jspecify.annotations.Nullable;

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

    /**
     * The text, author, role and time are plain elements rather than components: a card is drawn on
     * every screen of the board, and components cost server time and memory per card per screen.
     */
    private void render() {
        getElement().removeAllChildren();
        setId("note-" + card.id().value());
        setClassName("note-hidden", card.hidden());
        setClassName("note-mine", card.mine());
        Element meta = element("div", "note-meta", null)
                .appendChild(
                        element("span", "note-author", authorLabel()),
                        element(
                                "span",
                                "note-role",
                                getTranslation(card.authorRole().labelKey())),
                        element(
                                "span",
                                "note-time",
                                Dates.time(card.placedAt(), getLocale())
                                        + (card.edited() ? " · " + getTranslation("note.edited") : "")));
        getElement().appendChild(element("p", "note-text", card.text()), meta);
        if (card.hidden()) {
            getElement().appendChild(element("span", "note-badge", getTranslation("note.hidden-badge")));
        }
        List<Component> buttons = actions.apply(card);
        if (!buttons.isEmpty()) {
            Div bar = new Div();
            bar.addClassName("note-actions");
            buttons.forEach(bar::add);
            add(bar);
        }
    }

    private static Element element(String tag, String className, @Nullable String text) {
        Element element = new Element(tag);
        element.getClassList().add(className);
        if (text != null) {
            element.setText(text);
        }
        return element;
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
