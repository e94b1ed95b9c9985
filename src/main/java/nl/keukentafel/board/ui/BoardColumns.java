package nl.keukentafel.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import org.jspecify.annotations.Nullable;

/**
 * The categories of a board side by side (stacked on a narrow screen), each with its notes in the
 * order they were placed. Updating with a new view changes only the cards that changed, so a new
 * note costs one small push, not a redraw.
 */
class BoardColumns extends Div {

    /** The attribute of a card that arrived after the screen first showed the board. */
    static final String ARRIVED = "data-arrived";

    private boolean markArrivals;
    private boolean shownOnce;
    private final Function<BoardContent.Card, List<Component>> actions;
    private Function<BoardContent.Card, @Nullable String> votes = card -> null;
    private final Map<Category, Column> columns = new LinkedHashMap<>();
    private final Map<NoteId, NoteCardView> cards = new HashMap<>();
    private final Map<Category, Section> sections = new HashMap<>();
    private Consumer<NoteCardView> newCard = card -> {};

    BoardColumns(BoardTemplate template, Function<BoardContent.Card, List<Component>> actions) {
        this.actions = actions;
        addClassName("board-columns");
        for (Category category : template.categories()) {
            H2 title = new H2(getTranslation(category.labelKey()));
            title.setId("category-title-" + category.key());
            Div notes = new Div();
            notes.addClassName("board-notes");
            notes.getElement().setAttribute("role", "list");
            Paragraph none = new Paragraph(getTranslation("board.no-notes"));
            none.addClassName("board-empty");
            Section section = new Section(title, none, notes);
            section.addClassName("board-column");
            section.setId("category-" + category.key());
            section.getElement().setAttribute("aria-labelledby", "category-title-" + category.key());
            add(section);
            sections.put(category, section);
            columns.put(category, new Column(notes, none));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Once per screen (Vaadin loads a page's script only once): it draws the note cards.
        attachEvent.getUI().getPage().addJavaScript(NoteCardView.SCRIPT);
        // The labels of the button that unfolds a long note, once per screen rather than per card.
        attachEvent.getUI().getElement().setAttribute("data-note-more", getTranslation("note.read-more"));
        attachEvent.getUI().getElement().setAttribute("data-note-less", getTranslation("note.read-less"));
    }

    /**
     * Which dot buttons a card shows on this screen ({@link NoteCardView#dots}); none by default.
     * The screen's own state may change what it answers: every {@link #show} asks again.
     */
    void votes(Function<BoardContent.Card, @Nullable String> dots) {
        this.votes = dots;
    }

    /** Draws every card again, for when the actions a screen offers change (the board closed). */
    void redrawActions() {
        cards.values().forEach(NoteCardView::redraw);
    }

    /** Puts a screen's own tools for one column under its header (the facilitator's). */
    void addUnderHeader(Category category, Component tools) {
        Section section = sections.get(category);
        if (section != null) {
            section.addComponentAtIndex(1, tools);
        }
    }

    /** Lets a screen fit out each card as it is first drawn (the facilitator's drag and drop). */
    void onNewCard(Consumer<NoteCardView> fitOut) {
        newCard = fitOut;
    }

    /**
     * From now on, cards that arrive after the first {@link #show} carry {@link #ARRIVED}, so the
     * browser can point out the ones that land out of view.
     */
    void markArrivals() {
        markArrivals = true;
    }

    void show(BoardContent view) {
        Set<NoteId> present = new HashSet<>();
        view.notes().forEach(card -> present.add(card.id()));
        cards.entrySet().removeIf(entry -> {
            if (present.contains(entry.getKey())) {
                return false;
            }
            columns.values().forEach(column -> column.forget(entry.getValue()));
            return true;
        });
        // Cards the facilitator grouped sit together, group by group, above the ones in no group.
        Map<Long, Integer> groupOrder = new HashMap<>();
        Map<Long, String> groupNames = new HashMap<>();
        for (BoardContent.Group group : view.facilitation().groups()) {
            groupOrder.put(group.id(), groupOrder.size());
            groupNames.put(group.id(), group.name());
        }
        Map<Category, List<BoardContent.Card>> byCategory = view.notesByCategory();
        columns.forEach((category, column) -> {
            List<BoardContent.Card> inColumn = byCategory.getOrDefault(category, List.of());
            if (!groupOrder.isEmpty()) {
                inColumn = new ArrayList<>(inColumn);
                inColumn.sort(Comparator.comparingInt(card -> {
                    Long group = card.extras().group();
                    return group == null ? Integer.MAX_VALUE : groupOrder.getOrDefault(group, Integer.MAX_VALUE);
                }));
            }
            column.show(inColumn, groupNames);
        });
        shownOnce = true;
    }

    /**
     * One category's notes. {@code shown} mirrors the children of {@code notes}, so an update is
     * linear in the number of cards and touches the component tree only where something changed
     * (asking Vaadin for a child by index walks all the children each time).
     */
    private final class Column {

        private final Div notes;
        private final Paragraph none;
        private final List<NoteCardView> shown = new ArrayList<>();

        private Column(Div notes, Paragraph none) {
            this.notes = notes;
            this.none = none;
        }

        private void show(List<BoardContent.Card> inColumn, Map<Long, String> groupNames) {
            if (none.isVisible() != inColumn.isEmpty()) {
                none.setVisible(inColumn.isEmpty());
            }
            for (int index = 0; index < inColumn.size(); index++) {
                BoardContent.Card card = inColumn.get(index);
                NoteCardView view = cards.get(card.id());
                if (view == null) {
                    view = new NoteCardView(card, actions);
                    if (markArrivals && shownOnce) {
                        view.getElement().setAttribute(ARRIVED, "");
                    }
                    cards.put(card.id(), view);
                    newCard.accept(view);
                } else {
                    view.update(card);
                }
                Long group = card.extras().group();
                view.group(group == null ? null : groupNames.get(group));
                view.dots(votes.apply(card));
                if (index < shown.size() && shown.get(index) == view) {
                    continue;
                }
                // New, or moved from another place in this column or from another column.
                for (Column column : columns.values()) {
                    column.shown.remove(view);
                }
                shown.add(index, view);
                notes.addComponentAtIndex(index, view);
            }
            while (shown.size() > inColumn.size()) {
                forget(shown.getLast());
            }
        }

        private void forget(NoteCardView view) {
            if (shown.remove(view)) {
                notes.remove(view);
            }
        }
    }
}
