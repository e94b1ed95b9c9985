package nl.keukentafel.conversation;

import java.time.Instant;
import nl.keukentafel.base.TextInput;
import nl.keukentafel.base.UserMessageException;
import org.jspecify.annotations.Nullable;

/** What a facilitator fills in to prepare a conversation. Validates itself. */
public record ConversationDraft(
        String title,
        String residentQuestion,
        long themeId,
        long werkteamId,
        long municipalityId,
        @Nullable Long neighbourhoodId,
        String hostLocation,
        Instant startsAt,
        BoardTemplate template) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_QUESTION = 1000;
    public static final int MAX_LOCATION = 200;

    public ConversationDraft {
        title = TextInput.line(title).strip();
        residentQuestion = TextInput.text(residentQuestion).strip();
        hostLocation = TextInput.line(hostLocation).strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new UserMessageException("conversation.error.title", MAX_TITLE);
        }
        if (residentQuestion.isEmpty() || residentQuestion.length() > MAX_QUESTION) {
            throw new UserMessageException("conversation.error.question", MAX_QUESTION);
        }
        if (hostLocation.length() > MAX_LOCATION) {
            throw new UserMessageException("conversation.error.location", MAX_LOCATION);
        }
    }
}
