package nl.keukentafel.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The columns keep their own record of which card sits where; these tests check that the component
 * tree always matches the board after appends, withdrawals, reappearances and moves.
 */
class BoardColumnsTest extends KaribuTest {

    private BoardColumns columns;

    @BeforeEach
    void attach() {
        columns = new BoardColumns(BoardTemplate.KEUKENTAFEL, card -> List.of());
        UI.getCurrent().add(columns);
    }

    @Test
    void notesAppearInPlacementOrderPerColumn() {
        columns.show(board(1, card(1, "experience"), card(2, "ideas"), card(3, "experience")));
        columns.show(board(2, card(1, "experience"), card(2, "ideas"), card(3, "experience"), card(4, "experience")));

        assertThat(shown("experience")).containsExactly(1L, 3L, 4L);
        assertThat(shown("ideas")).containsExactly(2L);
        assertThat(emptyMessageVisible("experience")).isFalse();
        assertThat(emptyMessageVisible("questions")).isTrue();
    }

    @Test
    void anUnchangedCardKeepsItsComponentAndAChangedOneIsUpdatedInPlace() {
        columns.show(board(1, card(1, "experience"), card(2, "experience")));
        NoteCardView first = cardComponent(1);
        NoteCardView second = cardComponent(2);

        columns.show(board(2, card(1, "experience"), edited(card(2, "experience"), "Nieuwe tekst")));

        assertThat(cardComponent(1)).isSameAs(first);
        assertThat(cardComponent(2)).isSameAs(second);
        assertThat(BoardScreens.text(second)).isEqualTo("Nieuwe tekst");
    }

    @Test
    void aWithdrawnNoteDisappearsAndAHiddenOneComesBackInItsOwnPlace() {
        columns.show(board(1, card(1, "experience"), card(2, "experience"), card(3, "experience")));

        columns.show(board(2, card(1, "experience"), card(3, "experience")));
        assertThat(shown("experience")).containsExactly(1L, 3L);

        columns.show(board(3, card(1, "experience"), card(2, "experience"), card(3, "experience")));
        assertThat(shown("experience")).containsExactly(1L, 2L, 3L);

        columns.show(board(4));
        assertThat(shown("experience")).isEmpty();
        assertThat(emptyMessageVisible("experience")).isTrue();
    }

    @Test
    void aNoteThatChangesCategoryMovesToItsNewColumn() {
        columns.show(board(1, card(1, "experience"), card(2, "experience"), card(3, "ideas")));

        columns.show(board(2, card(1, "ideas"), card(2, "experience"), card(3, "ideas")));
        assertThat(shown("experience")).containsExactly(2L);
        assertThat(shown("ideas")).containsExactly(1L, 3L);

        // And back, this time into a column that is drawn before the one it leaves.
        columns.show(board(3, card(1, "experience"), card(2, "experience"), card(3, "ideas")));
        assertThat(shown("experience")).containsExactly(1L, 2L);
        assertThat(shown("ideas")).containsExactly(3L);
    }

    private List<Long> shown(String category) {
        List<Long> ids = new ArrayList<>();
        columns.getChildren()
                .filter(section -> section.getId().orElse("").equals("category-" + category))
                .flatMap(section -> section.getChildren())
                .flatMap(child -> child.getChildren())
                .filter(NoteCardView.class::isInstance)
                .forEach(card ->
                        ids.add(Long.parseLong(card.getId().orElseThrow().substring("note-".length()))));
        return ids;
    }

    private boolean emptyMessageVisible(String category) {
        return columns.getChildren()
                .filter(section -> section.getId().orElse("").equals("category-" + category))
                .flatMap(section -> section.getChildren())
                .filter(Paragraph.class::isInstance)
                .findFirst()
                .orElseThrow()
                .isVisible();
    }

    private NoteCardView cardComponent(long id) {
        return (NoteCardView) columns.getChildren()
                .flatMap(section -> section.getChildren())
                .flatMap(child -> child.getChildren())
                .filter(card -> card.getId().orElse("").equals("note-" + id))
                .findFirst()
                .orElseThrow();
    }

    private static final BoardContent.Extras NO_EXTRAS = new BoardContent.Extras(false, null, List.of(), -1, 0);

    private static BoardContent board(long seq, BoardContent.Card... cards) {
        return new BoardContent(
                new ConversationId(1),
                "Tafel",
                "Vraag",
                BoardTemplate.KEUKENTAFEL,
                ConversationStatus.LIVE,
                null,
                seq,
                List.of(),
                Arrays.asList(cards),
                null,
                new BoardContent.Facilitation(
                        null,
                        BoardTemplate.KEUKENTAFEL.phases(),
                        false,
                        Set.copyOf(BoardTemplate.KEUKENTAFEL.categories()),
                        Set.of(),
                        Map.of(),
                        false,
                        null,
                        null,
                        new BoardContent.Voting(false, 3, false, 0, 0),
                        List.of(),
                        List.of(),
                        null));
    }

    private static BoardContent.Card card(long id, String category) {
        return new BoardContent.Card(
                new NoteId(id),
                new Category(category),
                "Notitie " + id,
                TableRole.RESIDENT,
                "Anna",
                false,
                false,
                null,
                false,
                false,
                false,
                false,
                Instant.parse("2026-11-29T10:00:00Z"),
                id,
                NO_EXTRAS);
    }

    private static BoardContent.Card edited(BoardContent.Card card, String text) {
        return new BoardContent.Card(
                card.id(),
                card.category(),
                text,
                card.authorRole(),
                card.authorName(),
                card.authorAnonymous(),
                card.mine(),
                card.consent(),
                card.facilitatorOnly(),
                card.moderated(),
                card.withdrawn(),
                true,
                card.placedAt(),
                card.seq(),
                card.extras());
    }
}
