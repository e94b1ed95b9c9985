package nl.keukentafel.conversation;

import java.util.List;
import java.util.Locale;

/**
 * The categories a board starts with. The default follows a kitchen-table conversation: residents'
 * experience first, then how policy lands in their lives, then questions, ideas and agreements.
 */
public enum BoardTemplate {
    KEUKENTAFEL(List.of("experience", "policy-effect", "questions", "ideas", "agreements")),
    POSITIEVE_GEZONDHEID(List.of(
            "body-functions", "mental-wellbeing", "meaning", "quality-of-life", "participation", "daily-functioning")),
    WMO(List.of("needs", "own-strength", "network", "carer-support", "general-provisions"));

    private final List<String> categories;

    BoardTemplate(List<String> categories) {
        this.categories = categories;
    }

    /** Category keys in board order. */
    public List<String> categories() {
        return categories;
    }

    public boolean hasCategory(String key) {
        return categories.contains(key);
    }

    public String labelKey() {
        return "template." + name().toLowerCase(Locale.ROOT);
    }

    /** Translation key of a category's name. */
    public static String categoryLabelKey(String category) {
        return "category." + category;
    }

    /** Translation key of a category's one-line explanation for residents. */
    public static String categoryHintKey(String category) {
        return "category." + category + ".hint";
    }
}
