package nl.keukentafel.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.review.Insight;
import nl.keukentafel.review.InsightFilter;
import nl.keukentafel.review.InsightService;

/** Adds the chosen notes to an existing insight: opens that insight's editor with them added. */
class AddToInsightDialog extends Dialog {

    AddToInsightDialog(InsightService insights, List<NoteId> notes) {
        setHeaderTitle(getTranslation("review.add-to-insight.title", notes.size()));
        ComboBox<Insight.Summary> insight = new ComboBox<>(getTranslation("review.add-to-insight.which"));
        insight.setItems(insights.list(InsightFilter.ALL));
        insight.setItemLabelGenerator(Insight.Summary::title);
        insight.setRequired(true);
        insight.setId("add-to-insight-which");
        insight.setWidth("min(30rem, 100%)");
        add(insight);
        Button next = new Button(getTranslation("review.add-to-insight.next"), e -> {
            if (insight.getValue() == null) {
                insight.setInvalid(true);
                insight.setErrorMessage(getTranslation("form.required"));
                insight.focus();
                return;
            }
            close();
            InsightEditorView.addTo(insight.getValue().id(), notes);
        });
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setId("add-to-insight-next");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), next);
    }
}
