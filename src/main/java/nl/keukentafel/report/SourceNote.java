package nl.keukentafel.report;

import java.time.LocalDate;
import java.util.List;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.review.Effect;
import org.jspecify.annotations.Nullable;

/**
 * A released note as reports read it: redacted words (Dutch placeholders), where and in what role
 * it was said, and the team's tags and insights. Never a name.
 */
public record SourceNote(
        long id,
        long conversationId,
        String conversationTitle,
        String text,
        Category category,
        TableRole role,
        LocalDate heldOn,
        String municipality,
        @Nullable String neighbourhood,
        String theme,
        String werkteam,
        List<String> regulations,
        @Nullable Effect effect,
        List<String> insights) {

    /** Residents and those at the table on a resident's behalf: their words come first. */
    public boolean fromResidentSide() {
        return role == TableRole.RESIDENT || role == TableRole.ON_BEHALF_OF_RESIDENT;
    }

    /** The same note with other words (the same placeholders in another language). */
    public SourceNote withText(String words) {
        return new SourceNote(
                id,
                conversationId,
                conversationTitle,
                words,
                category,
                role,
                heldOn,
                municipality,
                neighbourhood,
                theme,
                werkteam,
                regulations,
                effect,
                insights);
    }
}
