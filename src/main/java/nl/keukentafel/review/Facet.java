package nl.keukentafel.review;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Category;

/**
 * One dimension the review area filters and counts by. Its values travel as text (in the address
 * bar too): ids of reference data, names of roles and effects, category keys, or {@code with} /
 * {@code without} an insight.
 */
public enum Facet {
    THEME(Kind.ID),
    WERKTEAM(Kind.ID),
    MUNICIPALITY(Kind.ID),
    NEIGHBOURHOOD(Kind.ID),
    ROLE(Kind.ROLE),
    CATEGORY(Kind.CATEGORY),
    REGULATION(Kind.ID),
    EFFECT(Kind.EFFECT),
    INSIGHT(Kind.INSIGHT);

    /** A note with at least one insight. */
    public static final String WITH_INSIGHT = "with";
    /** A note that supports no insight yet. */
    public static final String WITHOUT_INSIGHT = "without";

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private enum Kind {
        ID,
        ROLE,
        CATEGORY,
        EFFECT,
        INSIGHT
    }

    private final Kind kind;

    Facet(Kind kind) {
        this.kind = kind;
    }

    /** The name of this facet's parameter in the address bar, e.g. {@code municipality}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Translation key of the facet's name. */
    public String labelKey() {
        return "review.facet." + parameter();
    }

    /** Whether the facet is a property of the conversation rather than of the note. */
    public boolean ofConversation() {
        return this == THEME || this == WERKTEAM || this == MUNICIPALITY || this == NEIGHBOURHOOD;
    }

    /** Whether {@code value} is a value this facet can have (anything else is ignored). */
    public boolean accepts(String value) {
        return switch (kind) {
            case ID -> ID.matcher(value).matches();
            case ROLE -> parseRole(value).isPresent();
            case CATEGORY -> Category.parse(value).isPresent();
            case EFFECT -> Effect.parse(value).isPresent();
            case INSIGHT -> WITH_INSIGHT.equals(value) || WITHOUT_INSIGHT.equals(value);
        };
    }

    /** The facet whose parameter this is. */
    public static Optional<Facet> ofParameter(String parameter) {
        for (Facet facet : values()) {
            if (facet.parameter().equals(parameter)) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }

    private static Optional<TableRole> parseRole(String value) {
        for (TableRole role : TableRole.values()) {
            if (role.name().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
