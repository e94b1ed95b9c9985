package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.List;
import java.util.function.Consumer;
import nl.keukentafel.base.ui.Confirmations;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.conversation.ConversationId;

/**
 * "Wijzigen" and "Verwijderen" for each agreement in the facilitator's {@link StagePanel} (the list
 * every screen shows; the facilitator's screen adds these buttons through {@link
 * StagePanel#agreementActions}).
 */
final class AgreementActions {

    private final FacilitationService facilitation;
    private final ConversationId id;
    private final Consumer<BoardContent.Agreement> edit;
    private final Component context;

    AgreementActions(
            FacilitationService facilitation,
            ConversationId id,
            Consumer<BoardContent.Agreement> edit,
            Component context) {
        this.facilitation = facilitation;
        this.id = id;
        this.edit = edit;
        this.context = context;
    }

    List<Component> buttons(BoardContent.Agreement agreement) {
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
        return List.of(change, remove);
    }
}
