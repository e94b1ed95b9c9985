package nl.keukentafel.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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

    /** The phases a conversation on this board goes through, in order. */
    public List<Phase> phases() {
        return List.of(Phase.values());
    }

    /**
     * The categories that take new notes in a phase; a board without phases ({@code null}) takes
     * notes in every category. Welcome, choosing and closing are for talking, not writing. The
     * kitchen-table board asks for experience first, talks about all but agreements, and writes
     * agreements and ideas at the end; the other boards keep every column open while writing.
     */
    public Set<Category> openIn(@Nullable Phase phase) {
        if (phase == null) {
            return Set.copyOf(categories);
        }
        return switch (phase) {
            case WELCOME, CHOOSE, CLOSE -> Set.of();
            case STORIES -> this == KEUKENTAFEL ? keys("experience", "policy-effect") : Set.copyOf(categories);
            case DISCUSS ->
                this == KEUKENTAFEL
                        ? keys("experience", "policy-effect", "questions", "ideas")
                        : Set.copyOf(categories);
            case AGREE -> this == KEUKENTAFEL ? keys("ideas", "agreements") : Set.copyOf(categories);
        };
    }

    private static Set<Category> keys(String... keys) {
        return Arrays.stream(keys).map(Category::new).collect(Collectors.toUnmodifiableSet());
    }

    public String labelKey() {
        return "template." + name().toLowerCase(Locale.ROOT);
    }
}
