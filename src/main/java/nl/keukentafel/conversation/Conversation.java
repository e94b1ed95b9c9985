package nl.keukentafel.conversation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conversation with the names of what it is filed under. It is run by its facilitator (who
 * prepared it) and by the colleagues they added as co-facilitators.
 */
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
        List<Colleague> coFacilitators,
        Instant createdAt) {

    public Conversation {
        coFacilitators = List.copyOf(coFacilitators);
    }

    public boolean isLive() {
        return status == ConversationStatus.LIVE;
    }

    public boolean isClosed() {
        return status == ConversationStatus.CLOSED;
    }

    /** True when this staff member runs the conversation: its facilitator or a co-facilitator. */
    public boolean isRunBy(String username) {
        return facilitatorUsername.equals(username) || isCoFacilitator(username);
    }

    public boolean isCoFacilitator(String username) {
        return coFacilitators.stream().anyMatch(c -> c.username().equals(username));
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
