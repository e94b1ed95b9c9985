package nl.keukentafel.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.BoardContent;

/**
 * "Samenvoegen met…": the other cards of a note's column, each a button that merges the note into
 * that card. The keyboard and touch way to do what dropping one card on another does.
 */
class MergeDialog extends Dialog {

    MergeDialog(BoardContent.Card note, List<BoardContent.Card> others, Consumer<BoardContent.Card> merge) {
        setHeaderTitle(getTranslation("fac.merge.title"));
        setId("merge-dialog");
        addClassName("fac-merge-dialog");
        add(new Paragraph(getTranslation("fac.merge.intro", FacilitationBar.snippet(note.text()))));
        if (others.isEmpty()) {
            add(new Paragraph(getTranslation("fac.merge.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("fac-merge-choices");
            for (BoardContent.Card other : others) {
                Button into = new Button(other.text(), e -> {
                    if (Notifications.attempt(() -> merge.accept(other))) {
                        close();
                    }
                });
                into.setId("merge-into-" + other.id().value());
                into.addClassName("fac-merge-choice");
                list.add(new ListItem(into));
            }
            add(list);
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
    }
}
