package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.keukentafel.base.ui.Confirmations;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.conversation.ConversationId;

/**
 * "Wijzigen" and "Verwijderen" on each agreement of the facilitator's {@link StagePanel}: the list
 * every screen shows, with the facilitator's buttons added to its items (the panel redraws an item
 * only when the agreements change, so the buttons are added to items that lack them).
 */
final class AgreementActions {

    private static final String ACTIONS = "fac-agreement-actions";

    private final FacilitationService facilitation;
    private final ConversationId id;
    private final Consumer<BoardContent.Agreement> edit;

    AgreementActions(FacilitationService facilitation, ConversationId id, Consumer<BoardContent.Agreement> edit) {
        this.facilitation = facilitation;
        this.id = id;
        this.edit = edit;
    }

    /** Adds the buttons to the stage's agreements, or (closed board) takes them away. */
    void decorate(StagePanel stage, BoardContent view) {
        Map<String, BoardContent.Agreement> byItem = view.facilitation().agreements().stream()
                .collect(Collectors.toMap(a -> "agreement-" + a.id(), Function.identity()));
        items(stage).forEach(item -> {
            Component present = item.getChildren()
                    .filter(child -> child.hasClassName(ACTIONS))
                    .findFirst()
                    .orElse(null);
            BoardContent.Agreement agreement = byItem.get(item.getId().orElse(""));
            if (view.isClosed() || agreement == null) {
                if (present != null) {
                    item.remove(present);
                }
            } else if (present == null) {
                item.add(buttons(item, agreement));
            }
        });
    }

    private static Stream<ListItem> items(StagePanel stage) {
        return stage.getChildren()
                .filter(StagePanel.AgreementList.class::isInstance)
                .flatMap(Component::getChildren)
                .filter(UnorderedList.class::isInstance)
                .flatMap(Component::getChildren)
                .filter(ListItem.class::isInstance)
                .map(ListItem.class::cast);
    }

    private Div buttons(Component context, BoardContent.Agreement agreement) {
        String named = FacilitationBar.snippet(agreement.what());
        Button change = new Button(context.getTranslation("fac.agreement.edit"), e -> edit.accept(agreement));
        change.setId("fac-agreement-edit-" + agreement.id());
        change.setAriaLabel(context.getTranslation("fac.agreement.edit.label", named));
        change.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        Button remove = new Button(
                context.getTranslation("fac.agreement.remove"),
                e -> Confirmations.confirmDestructive(
                        context.getTranslation("fac.agreement.remove.title"),
                        context.getTranslation("fac.agreement.remove.explain", agreement.what()),
                        context.getTranslation("fac.agreement.remove"),
                        () -> Notifications.attempt(() -> facilitation.removeAgreement(id, agreement.id()))));
        remove.setId("fac-agreement-remove-" + agreement.id());
        remove.setAriaLabel(context.getTranslation("fac.agreement.remove.label", named));
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        Div buttons = new Div(change, remove);
        buttons.addClassName(ACTIONS);
        return buttons;
    }
}
