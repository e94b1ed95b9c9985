package nl.keukentafel.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The categories a board starts with. The default follows a kitchen-table conversation: residents'
 * experience first, then how policy lands in their lives, then questions, ideas and agreements.
 */
public enum BoardTemplate {
    KEUKENTAFEL("experience", "policy-effect", "questions", "ideas", "agreements"),
    POSITIEVE_GEZONDHEID(
            "body-functions", "mental-wellbeing", "meaning", "quality-of-life", "participation", "daily-functioning"),
    WMO("needs", "own-strength", "network", "carer-support", "general-provisions");

    private final List<Category> categories;

    BoardTemplate(String... keys) {
        this.categories = Arrays.stream(keys).map(Category::new).toList();
    }

    /** The categories in board order. */
    public List<Category> categories() {
        return categories;
    }

    public boolean has(Category category) {
        return categories.contains(category);
    }

    public String labelKey() {
        return "template." + name().toLowerCase(Locale.ROOT);
    }
}
