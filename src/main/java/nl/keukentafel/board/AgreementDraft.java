package nl.keukentafel.board;

import java.time.LocalDate;
import nl.keukentafel.base.TextInput;
import nl.keukentafel.base.UserMessageException;
import org.jspecify.annotations.Nullable;

/**
 * An agreement as the facilitator writes it down: what, who does it (a role at the table, a
 * participant, or an organisation; at most one, or nobody yet) and by when; {@code note} is the
 * note it came from. Whatever a form sends becomes a draft here or is refused with a message.
 */
public record AgreementDraft(
        String what,
        @Nullable TableRole ownerRole,
        @Nullable ParticipantId ownerParticipant,
        @Nullable String ownerOrganisation,
        @Nullable LocalDate dueOn,
        @Nullable NoteId note) {

    public static final int MAX_WHAT = 300;
    public static final int MAX_ORGANISATION = 120;

    public AgreementDraft {
        what = TextInput.text(what).strip();
        if (what.isEmpty()) {
            throw new UserMessageException("agreement.error.what");
        }
        if (what.length() > MAX_WHAT) {
            throw new UserMessageException("agreement.error.what-too-long", MAX_WHAT, what.length());
        }
        if (ownerOrganisation != null) {
            ownerOrganisation = TextInput.line(ownerOrganisation).strip();
            if (ownerOrganisation.isEmpty()) {
                ownerOrganisation = null;
            } else if (ownerOrganisation.length() > MAX_ORGANISATION) {
                throw new UserMessageException("agreement.error.organisation-too-long", MAX_ORGANISATION);
            }
        }
        int owners =
                (ownerRole == null ? 0 : 1) + (ownerParticipant == null ? 0 : 1) + (ownerOrganisation == null ? 0 : 1);
        if (owners > 1) {
            throw new UserMessageException("agreement.error.one-owner");
        }
    }
}
