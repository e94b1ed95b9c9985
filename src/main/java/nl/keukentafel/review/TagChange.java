package nl.keukentafel.review;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One change to a note's tags: who put on or took off which regulation or effect, and when. */
public record TagChange(
        Action action,
        @Nullable String regulation,
        @Nullable Effect effect,
        String actor,
        Instant at) {

    public enum Action {
        REGULATION_ADDED,
        REGULATION_REMOVED,
        EFFECT_SET,
        EFFECT_CLEARED;

        public String labelKey() {
            return "review.tag-history." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
