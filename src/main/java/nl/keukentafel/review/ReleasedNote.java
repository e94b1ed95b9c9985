package nl.keukentafel.review;

import java.time.LocalDate;
import java.util.List;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.ConversationId;
import org.jspecify.annotations.Nullable;

/**
 * A note as it left its table: redacted words (in parts, the parts that match a search marked),
 * the role and place it came from, never a name; with the team's tags and how many insights it
 * supports.
 */
public record ReleasedNote(
        NoteId id,
        ConversationId conversationId,
        String conversationTitle,
        List<TextPart> text,
        TableRole role,
        Category category,
        String municipality,
        @Nullable String neighbourhood,
        LocalDate heldOn,
        List<Tag> regulations,
        @Nullable Effect effect,
        int insights) {

    /** A piece of a note's text; {@code match} when it matches the words searched for. */
    public record TextPart(String text, boolean match) {}

    /** A regulation a note is tagged with. */
    public record Tag(long id, String name) {}

    /** The whole redacted text. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        text.forEach(part -> out.append(part.text()));
        return out.toString();
    }
}
