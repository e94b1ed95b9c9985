package nl.keukentafel.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.IntConsumer;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.review.Effect;
import nl.keukentafel.review.ReviewService;

/** Tags the chosen notes at once with regulations and, when chosen, one effect. */
class TagDialog extends Dialog {

    TagDialog(ReviewService review, ReferenceDataService reference, List<NoteId> notes, IntConsumer tagged) {
        setHeaderTitle(getTranslation("review.tag.title", notes.size()));
        MultiSelectComboBox<ReferenceItem> regulations =
                new MultiSelectComboBox<>(getTranslation("review.facet.regulation"));
        regulations.setItems(reference.listActive(ReferenceKind.REGULATION));
        regulations.setItemLabelGenerator(ReferenceItem::name);
        regulations.setId("tag-regulations");
        regulations.setWidthFull();
        Select<Effect> effect = new Select<>();
        effect.setLabel(getTranslation("review.facet.effect"));
        effect.setItems(Effect.values());
        effect.setEmptySelectionAllowed(true);
        effect.setEmptySelectionCaption(getTranslation("review.tag.no-effect"));
        effect.setItemLabelGenerator(
                e -> e == null ? getTranslation("review.tag.no-effect") : getTranslation(e.labelKey()));
        effect.setId("tag-effect");
        effect.setWidthFull();
        VerticalLayout body =
                new VerticalLayout(new Paragraph(getTranslation("review.tag.intro")), regulations, effect);
        body.setPadding(false);
        add(body);

        Button save = new Button(
                getTranslation("review.tag.save"),
                e -> Notifications.attempt(() -> {
                    int changed = review.tag(
                            notes,
                            regulations.getValue().stream()
                                    .map(ReferenceItem::id)
                                    .toList(),
                            effect.getValue());
                    Notifications.success(this, "review.tag.done", changed);
                    close();
                    tagged.accept(changed);
                }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("tag-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
