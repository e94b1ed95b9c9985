package nl.keukentafel.board.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.function.Consumer;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.ConsentTier;

/**
 * The author's three choices for one note, each with an icon and a plain sentence; one tap saves.
 * Used on the author's card, in the consent round and on the notes page after the conversation.
 */
class ConsentChoice extends RadioButtonGroup<ConsentTier> {

    ConsentChoice(String label, ConsentTier current, Consumer<ConsentTier> save) {
        setLabel(label);
        addClassName("consent-choice");
        addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        setItems(ConsentTier.values());
        setRenderer(new ComponentRenderer<>(ConsentChoice::option));
        setValue(current);
        addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            // A refused change puts the old choice back, so the screen never shows what is not stored.
            if (!Notifications.attempt(() -> save.accept(e.getValue()))) {
                setValue(e.getOldValue());
            }
        });
    }

    /** The choice on one of the viewer's own cards (only own cards carry it; table only otherwise). */
    static ConsentTier of(BoardContent.Card card) {
        return card.consent() == null ? ConsentTier.TABLE_ONLY : card.consent();
    }

    static Icon icon(ConsentTier tier) {
        Icon icon = switch (tier) {
            case TABLE_ONLY -> VaadinIcon.LOCK.create();
            case REPORT -> VaadinIcon.FILE_TEXT_O.create();
            case CASE_BUNDLE -> VaadinIcon.ACADEMY_CAP.create();
        };
        icon.addClassName("consent-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    private static Span option(ConsentTier tier) {
        Span text = new Span();
        text.setText(text.getTranslation(tier.labelKey()));
        Span option = new Span(icon(tier), text);
        option.addClassName("consent-option");
        return option;
    }
}
