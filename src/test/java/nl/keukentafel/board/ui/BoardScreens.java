package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;

/** What the mocked browser shows of a board, and the board as its facilitator sees it. */
final class BoardScreens {

    private BoardScreens() {}

    /** The card of a note on the current screen, if shown. */
    static Optional<NoteCardView> card(NoteId note) {
        return _find(NoteCardView.class, spec -> spec.withId("note-" + note.value())).stream()
                .findFirst();
    }

    /** The texts of the note cards in one category column of the current screen, in order. */
    static List<String> notesIn(String category) {
        Component column = _get(Component.class, spec -> spec.withId("category-" + category));
        return _find(column, NoteCardView.class).stream()
                .map(BoardScreens::text)
                .toList();
    }

    static String text(NoteCardView card) {
        return part(card, NoteCardView.TEXT).orElseThrow();
    }

    static String author(NoteCardView card) {
        return part(card, NoteCardView.AUTHOR).orElseThrow();
    }

    /**
     * The text of one part of a card, e.g. {@link NoteCardView#AUTHOR}: the attribute the browser
     * draws as the element with that class.
     */
    static Optional<String> part(NoteCardView card, String part) {
        return Optional.ofNullable(card.getElement().getAttribute(part));
    }

    /**
     * Everything of the current UI that reaches the browser as words: the text nodes, attribute
     * values and property values of every element of the shown view (with its layouts) and of the
     * UI itself (dialogs, notifications).
     */
    static String everythingSent() {
        List<String> parts = new ArrayList<>();
        UI ui = UI.getCurrent();
        collect(ui.getElement(), parts);
        // The routed view hangs under a wrapper element that is not among the UI element's children.
        collect(ui.getInternals().getActiveRouterTargetsChain().getLast().getElement(), parts);
        return String.join("\n", parts);
    }

    private static void collect(Element element, List<String> parts) {
        if (element.isTextNode()) {
            parts.add(element.getText());
            return;
        }
        element.getAttributeNames().forEach(name -> parts.add(element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> parts.add(String.valueOf(element.getPropertyRaw(name))));
        element.getChildren().forEach(child -> collect(child, parts));
    }

    /** Elements (components or plain DOM) under the root with this tag. */
    static List<Element> elements(Element root, String tag) {
        List<Element> found = new ArrayList<>();
        root.getChildren().filter(child -> !child.isTextNode()).forEach(child -> {
            if (tag.equals(child.getTag())) {
                found.add(child);
            }
            found.addAll(elements(child, tag));
        });
        return found;
    }

    /** The board as its facilitator sees it right now, through the real service. */
    static BoardContent asFacilitator(BoardWatchService boards, String facilitator, ConversationId conversation) {
        return AsStaff.call(facilitator, StaffRole.FACILITATOR, () -> {
            List<BoardContent> seen = new ArrayList<>();
            boards.watch(boards.openAsFacilitator(conversation).pass(), seen::add)
                    .remove();
            return seen.getFirst();
        });
    }
}
