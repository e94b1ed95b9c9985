package nl.keukentafel.conversation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A conversation with the names of what it is filed under. */
public record Conversation(
        ConversationId id,
        String title,
        String residentQuestion,
        long themeId,
        String themeName,
        long werkteamId,
        String werkteamName,
        long municipalityId,
        String municipalityName,
        @Nullable Long neighbourhoodId,
        @Nullable String neighbourhoodName,
        String hostLocation,
        Instant startsAt,
        BoardTemplate template,
        ConversationStatus status,
        @Nullable JoinCode joinCode,
        String facilitatorUsername,
        String facilitatorName,
        Instant createdAt) {

    public boolean isLive() {
        return status == ConversationStatus.LIVE;
    }

    public boolean isClosed() {
        return status == ConversationStatus.CLOSED;
    }

    /** The draft this conversation was prepared from, for editing. */
    public ConversationDraft toDraft() {
        return new ConversationDraft(
                title,
                residentQuestion,
                themeId,
                werkteamId,
                municipalityId,
                neighbourhoodId,
                hostLocation,
                startsAt,
                template);
    }
}
