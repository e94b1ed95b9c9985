package nl.keukentafel.review;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Category;

/**
 * The figures of the Overzicht for one selection: conversations held per month, people at the table
 * per role, notes per category, and the regulations most often tagged as an experienced bottleneck
 * per municipality. Counts only, never a name.
 */
public record Overview(
        Map<YearMonth, Integer> conversationsPerMonth,
        Map<TableRole, Integer> participantsPerRole,
        Map<Category, Integer> notesPerCategory,
        List<Bottleneck> bottlenecks) {

    /** How often notes from one municipality were tagged with a regulation as an experienced bottleneck. */
    public record Bottleneck(String regulation, String municipality, int notes) {}

    /** Everyone at the tables of the selection. */
    public int participants() {
        return participantsPerRole.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The share of residents (and those at the table on a resident's behalf) among everyone. */
    public double residentShare() {
        int all = participants();
        if (all == 0) {
            return 0;
        }
        return (participantsPerRole.getOrDefault(TableRole.RESIDENT, 0)
                        + participantsPerRole.getOrDefault(TableRole.ON_BEHALF_OF_RESIDENT, 0))
                / (double) all;
    }
}
