package nl.keukentafel.review;

import java.util.Locale;
import java.util.Optional;

/** What a note says a regulation does to people: the one effect tag a note can carry. */
public enum Effect {
    EXPERIENCED_BOTTLENECK,
    UNINTENDED_EFFECT,
    WORKS_WELL,
    POLICY_IDEA;

    /** Translation key of the effect's name, e.g. {@code effect.experienced-bottleneck}. */
    public String labelKey() {
        return "effect." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The effect with this name, if there is one (a URL may hold anything). */
    public static Optional<Effect> parse(String name) {
        for (Effect effect : values()) {
            if (effect.name().equals(name)) {
                return Optional.of(effect);
            }
        }
        return Optional.empty();
    }
}
