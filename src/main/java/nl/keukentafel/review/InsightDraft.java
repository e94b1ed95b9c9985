package nl.keukentafel.review;

import java.util.List;
import nl.keukentafel.base.TextInput;
import nl.keukentafel.board.NoteId;

/** What a team member writes for an insight, with the released notes that support it. */
public record InsightDraft(
        String title, String body, long themeId, long werkteamId, InsightStatus status, List<NoteId> notes) {

    public InsightDraft {
        title = TextInput.line(title).strip();
        body = TextInput.text(body).strip();
        notes = notes.stream().distinct().toList();
    }
}
