package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.keukentafel.board.BoardView;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.conversation.BoardTemplate;

/**
 * The categories of a board side by side (stacked on a narrow screen), each with its notes in the
 * order they were placed. Updating with a new view changes only the cards that changed, so a new
 * note costs one small push, not a redraw.
 */
class BoardColumns extends Div {

    private final Function<BoardView.Card, List<Component>> actions;
    private final Map<String, Div> columns = new LinkedHashMap<>();
    private final Map<NoteId, NoteCardView> cards = new HashMap<>();
    private final Map<String, Paragraph> empty = new HashMap<>();

    BoardColumns(BoardTemplate template, Function<BoardView.Card, List<Component>> actions) {
        this.actions = actions;
        addClassName("board-columns");
        for (String category : template.categories()) {
            H2 title = new H2(getTranslation(BoardTemplate.categoryLabelKey(category)));
            title.setId("category-title-" + category);
            Div notes = new Div();
            notes.addClassName("board-notes");
            notes.getElement().setAttribute("role", "list");
            Paragraph none = new Paragraph(getTranslation("board.no-notes"));
            none.addClassName("board-empty");
            Section column = new Section(title, none, notes);
            column.addClassName("board-column");
            column.setId("category-" + category);
            column.getElement().setAttribute("aria-labelledby", "category-title-" + category);
            add(column);
            columns.put(category, notes);
            empty.put(category, none);
        }
    }

    /** Draws every card again, for when the actions a screen offers change (the board closed). */
    void redrawActions() {
        cards.values().forEach(NoteCardView::redraw);
    }

    void show(BoardView view) {
        Map<NoteId, BoardView.Card> present = new HashMap<>();
        view.notes().forEach(card -> present.put(card.id(), card));
        cards.entrySet().removeIf(entry -> {
            if (!present.containsKey(entry.getKey())) {
                entry.getValue().removeFromParent();
                return true;
            }
            return false;
        });
        for (Map.Entry<String, Div> column : columns.entrySet()) {
            List<BoardView.Card> inColumn = view.notesIn(column.getKey());
            Div notes = column.getValue();
            empty.get(column.getKey()).setVisible(inColumn.isEmpty());
            int index = 0;
            for (BoardView.Card card : inColumn) {
                NoteCardView existing = cards.get(card.id());
                if (existing == null) {
                    existing = new NoteCardView(card, actions);
                    cards.put(card.id(), existing);
                } else {
                    existing.update(card);
                }
                Component atIndex = index < notes.getComponentCount() ? notes.getComponentAt(index) : null;
                if (!Objects.equals(atIndex, existing)) {
                    notes.addComponentAtIndex(index, existing);
                }
                index++;
            }
        }
    }
}
