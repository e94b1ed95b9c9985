package nl.keukentafel.conversation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One column of a board, by its stable key (such as {@code experience}). Its name and one-line
 * explanation come from the translations.
 */
public record Category(String key) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z-]{0,39}");

    public Category {
        if (!isWellFormed(key)) {
            throw new IllegalArgumentException("Not a category key: " + key);
        }
    }

    /** The category with this key, if the key is well formed (a browser may send anything). */
    public static Optional<Category> parse(String key) {
        return isWellFormed(key) ? Optional.of(new Category(key)) : Optional.empty();
    }

    private static boolean isWellFormed(String key) {
        return KEY.matcher(key).matches();
    }

    /** Translation key of the category's name. */
    public String labelKey() {
        return "category." + key;
    }

    /** Translation key of the category's one-line explanation for residents. */
    public String hintKey() {
        return "category." + key + ".hint";
    }
}
