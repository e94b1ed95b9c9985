package nl.keukentafel.review.ui;

import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.Map;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.review.Effect;
import nl.keukentafel.review.Facet;

/** The words a person sees for a facet's values: names of reference data, translated roles and kinds. */
final class FacetLabels {

    private final Component screen;
    private final Map<Facet, Map<String, String>> names = new HashMap<>();

    FacetLabels(Component screen, ReferenceDataService reference) {
        this.screen = screen;
        names.put(Facet.THEME, names(reference, ReferenceKind.THEME));
        names.put(Facet.WERKTEAM, names(reference, ReferenceKind.WERKTEAM));
        names.put(Facet.MUNICIPALITY, names(reference, ReferenceKind.MUNICIPALITY));
        names.put(Facet.NEIGHBOURHOOD, names(reference, ReferenceKind.NEIGHBOURHOOD));
        names.put(Facet.REGULATION, names(reference, ReferenceKind.REGULATION));
    }

    private static Map<String, String> names(ReferenceDataService reference, ReferenceKind kind) {
        Map<String, String> byId = new HashMap<>();
        for (ReferenceItem item : reference.list(kind)) {
            byId.put(String.valueOf(item.id()), item.name());
        }
        return byId;
    }

    /** The label of one value of a facet. */
    String label(Facet facet, String value) {
        return switch (facet) {
            case ROLE -> screen.getTranslation(TableRole.valueOf(value).labelKey());
            case CATEGORY -> screen.getTranslation(new Category(value).labelKey());
            case EFFECT -> screen.getTranslation(Effect.valueOf(value).labelKey());
            case INSIGHT -> screen.getTranslation("review.insight." + value);
            default -> names.getOrDefault(facet, Map.of()).getOrDefault(value, value);
        };
    }
}
