package nl.keukentafel.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.NewAccount;
import nl.keukentafel.board.AgreementDraft;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.JoiningService;
import nl.keukentafel.board.NoteAudience;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.NoteService;
import nl.keukentafel.board.NoteText;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationDraft;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.SystemTask;
import org.springframework.stereotype.Component;

/** Sets up facilitators, live conversations and participants for tests, through the real services. */
@Component
public class BoardFixture {

    public static final String PASSWORD = "test-password-123";

    private final AccountService accounts;
    private final ConversationService conversations;
    private final JoiningService joining;
    private final NoteService notes;
    private final ReferenceDataService reference;
    private final FacilitationService facilitation;

    BoardFixture(
            AccountService accounts,
            ConversationService conversations,
            JoiningService joining,
            NoteService notes,
            ReferenceDataService reference,
            FacilitationService facilitation) {
        this.facilitation = facilitation;
        this.accounts = accounts;
        this.conversations = conversations;
        this.joining = joining;
        this.notes = notes;
        this.reference = reference;
    }

    /** A new facilitator account with a unique name. */
    public String facilitator() {
        return account("fac", StaffRole.FACILITATOR);
    }

    public String teamMember() {
        return account("team", StaffRole.TEAM_MEMBER);
    }

    public String account(String prefix, StaffRole... roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run("test", () -> accounts.create(new NewAccount(username, username, Set.of(roles), PASSWORD)));
        return username;
    }

    /** A prepared conversation of the facilitator. */
    public Conversation prepared(String facilitator, String title) {
        return SystemTask.callAs(facilitator, () -> conversations.prepare(draft(title)));
    }

    /** A live conversation of the facilitator. */
    public Conversation live(String facilitator, String title) {
        Conversation prepared = prepared(facilitator, title);
        return SystemTask.callAs(facilitator, () -> conversations.goLive(prepared.id()));
    }

    /** A live conversation of the facilitator in this municipality, held at {@code startsAt}. */
    public Conversation live(String facilitator, String title, long municipality, Instant startsAt) {
        ConversationDraft base = draft(title);
        ConversationDraft draft = new ConversationDraft(
                base.title(),
                base.residentQuestion(),
                base.themeId(),
                base.werkteamId(),
                municipality,
                null,
                base.hostLocation(),
                startsAt,
                base.template());
        Conversation prepared = SystemTask.callAs(facilitator, () -> conversations.prepare(draft));
        return SystemTask.callAs(facilitator, () -> conversations.goLive(prepared.id()));
    }

    /** A new municipality with a unique name, so a test can select exactly its own conversations. */
    public ReferenceItem municipality(String prefix) {
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 8);
        return SystemTask.call("test", () -> reference.add(ReferenceKind.MUNICIPALITY, name, "", null));
    }

    /** The facilitator makes exactly these colleagues the co-facilitators of their conversation. */
    public Conversation coFacilitators(String facilitator, Conversation conversation, String... colleagues) {
        return AsStaff.call(
                facilitator,
                StaffRole.FACILITATOR,
                () -> conversations.changeCoFacilitators(conversation.id(), Set.of(colleagues)));
    }

    public Conversation close(String facilitator, Conversation conversation) {
        return SystemTask.callAs(facilitator, () -> conversations.close(conversation.id()));
    }

    public Joined join(Conversation live, String name, boolean anonymous, TableRole role) {
        return joining.join(live.joinCode(), name, anonymous, role, true);
    }

    /** A note placed by a participant, as their tablet places it: for everyone, table only. */
    public NoteId note(Joined author, String category, String text) {
        return note(author, category, text, ConsentTier.TABLE_ONLY, NoteAudience.EVERYONE);
    }

    /** A note placed by a participant with their choices. */
    public NoteId note(Joined author, String category, String text, ConsentTier consent, NoteAudience audience) {
        return notes.addNote(
                author.pass(), UUID.randomUUID(), new Category(category), new NoteText(text), consent, audience);
    }

    /** The facilitator records an agreement of the table. */
    public long agreement(String facilitator, Conversation conversation, AgreementDraft draft) {
        return AsStaff.call(
                facilitator,
                StaffRole.FACILITATOR,
                () -> facilitation.addAgreement(conversation.id(), UUID.randomUUID(), draft));
    }

    /** The facilitator sets a note aside (moderation). */
    public void moderate(String facilitator, Conversation conversation, NoteId note) {
        AsStaff.run(facilitator, StaffRole.FACILITATOR, () -> notes.moderateNote(conversation.id(), note));
    }

    public ConversationDraft draft(String title) {
        ReferenceItem theme = SystemTask.call(
                "test", () -> reference.listActive(ReferenceKind.THEME).getFirst());
        ReferenceItem werkteam = SystemTask.call(
                "test", () -> reference.listActive(ReferenceKind.WERKTEAM).getFirst());
        ReferenceItem municipality = SystemTask.call(
                "test", () -> reference.listActive(ReferenceKind.MUNICIPALITY).getFirst());
        return new ConversationDraft(
                title,
                "Wat maakt u mee?",
                theme.id(),
                werkteam.id(),
                municipality.id(),
                null,
                "Buurthuis",
                Instant.now().plus(1, ChronoUnit.DAYS),
                BoardTemplate.KEUKENTAFEL);
    }
}
