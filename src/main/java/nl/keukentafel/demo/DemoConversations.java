package nl.keukentafel.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.keukentafel.base.Languages;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.JoiningService;
import nl.keukentafel.board.NoteAudience;
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
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Three demo conversations run by the demo facilitator: a live one on preventing evictions in
 * Schiedam with a few notes from different roles, and two closed ones (the "mantelzorgboete" in
 * Rotterdam, rent arrears in Vlaardingen) whose released notes the review area shows. Every title
 * starts with "Demo:".
 */
@Component
class DemoConversations {

    /** A demo note with its author's consent choice (table only unless given). */
    private record DemoNote(String category, String text, ConsentTier consent) {
        DemoNote(String category, String text) {
            this(category, text, ConsentTier.TABLE_ONLY);
        }
    }

    private final ConversationService conversations;
    private final JoiningService joining;
    private final NoteService notes;
    private final ReferenceDataService reference;

    DemoConversations(
            ConversationService conversations,
            JoiningService joining,
            NoteService notes,
            ReferenceDataService reference) {
        this.conversations = conversations;
        this.joining = joining;
        this.notes = notes;
        this.reference = reference;
    }

    /** Creates the demo conversations unless the demo facilitator already has conversations. */
    void createOnce() {
        if (!conversations.mine().isEmpty()) {
            return;
        }
        Conversation evictions = conversations.goLive(conversations
                .prepare(draft(
                        "Demo: Voorkomen huisuitzetting",
                        "Hoe kunnen we samen voorkomen dat mensen in Schiedam hun huis uit moeten?",
                        "Voorkomen huisuitzetting",
                        "Schiedam",
                        null,
                        "Wijkcentrum (demo)",
                        LocalDate.now(Languages.ZONE)))
                .id());
        seat(
                evictions,
                "Anna (demo)",
                false,
                TableRole.RESIDENT,
                List.of(
                        new DemoNote(
                                "experience",
                                "Ik kreeg drie brieven van de woningcorporatie, maar ik durfde ze niet open te maken."),
                        new DemoNote(
                                "policy-effect",
                                "Toen mijn uitkering een maand te laat kwam, stond de huur meteen achter.")));
        seat(
                evictions,
                "Karim (demo)",
                true,
                TableRole.RESIDENT,
                List.of(
                        new DemoNote("experience", "Niemand belde. Er kwam alleen een deurwaarder."),
                        new DemoNote("questions", "Waarom kijkt niemand eerst wat er aan de hand is?")));
        seat(
                evictions,
                "Els (demo)",
                false,
                TableRole.PROFESSIONAL,
                List.of(new DemoNote(
                        "ideas", "Bij twee maanden achterstand samen met de corporatie op huisbezoek gaan.")));
        seat(
                evictions,
                "Marco (demo)",
                false,
                TableRole.POLICY_MAKER,
                List.of(new DemoNote("questions", "Welke brief had u wel gelezen? Wat stond er dan in?")));

        Conversation carers = conversations.goLive(conversations
                .prepare(draft(
                        "Demo: Mantelzorgboete",
                        "Wat merkt u van de kostendelersnorm als u voor iemand zorgt en samenwoont?",
                        "Mantelzorgboete (kostendelersnorm)",
                        "Rotterdam",
                        "Coolhaveneiland",
                        "Buurthuis (demo)",
                        LocalDate.now(Languages.ZONE).minusMonths(2)))
                .id());
        seat(
                carers,
                "Joke (demo)",
                false,
                TableRole.RESIDENT,
                List.of(
                        new DemoNote(
                                "experience",
                                "Ik zorg voor mijn moeder. Sinds zij bij mij woont, krijg ik minder bijstand.",
                                ConsentTier.CASE_BUNDLE),
                        new DemoNote(
                                "policy-effect",
                                "Het voelt als een boete op zorgen voor je eigen moeder.",
                                ConsentTier.REPORT),
                        new DemoNote(
                                "experience",
                                "Mijn buurvrouw Ria Verbeek helpt soms. Bel haar gerust op 06-12345678.",
                                ConsentTier.REPORT),
                        new DemoNote("questions", "Dit wil ik liever alleen hier aan tafel zeggen.")));
        seat(
                carers,
                "Demo-student",
                true,
                TableRole.STUDENT,
                List.of(new DemoNote(
                        "ideas", "Een uitzondering op de kostendelersnorm voor mantelzorgers.", ConsentTier.REPORT)));
        seat(
                carers,
                "Ruud (demo)",
                false,
                TableRole.POLICY_MAKER,
                List.of(new DemoNote(
                        "agreements",
                        "De gemeente zoekt uit of mantelzorgers een uitzondering op de kostendelersnorm kunnen krijgen."
                                + " Terugkoppeling op het volgende kenniscafé.",
                        ConsentTier.REPORT)));
        conversations.close(carers.id());

        Conversation arrears = conversations.goLive(conversations
                .prepare(draft(
                        "Demo: Huurachterstand in Vlaardingen",
                        "Wat had u geholpen toen de huur achter begon te lopen?",
                        "Voorkomen huisuitzetting",
                        "Vlaardingen",
                        null,
                        "Bibliotheek (demo)",
                        LocalDate.now(Languages.ZONE).minusMonths(7)))
                .id());
        seat(
                arrears,
                "Samira (demo)",
                true,
                TableRole.RESIDENT,
                List.of(
                        new DemoNote(
                                "experience",
                                "Mijn zoon van 23 kwam weer thuis wonen. Toen ging mijn uitkering omlaag en liep de huur achter.",
                                ConsentTier.CASE_BUNDLE),
                        new DemoNote(
                                "policy-effect",
                                "Door de kostendelersnorm moest ik kiezen tussen mijn zoon en mijn huis.",
                                ConsentTier.REPORT)));
        seat(
                arrears,
                "Henk (demo)",
                false,
                TableRole.RESIDENT,
                List.of(new DemoNote(
                        "experience",
                        "De huurtoeslag werd teruggevorderd en niemand legde uit waarom.",
                        ConsentTier.CASE_BUNDLE)));
        seat(
                arrears,
                "Fleur (demo)",
                false,
                TableRole.PROFESSIONAL,
                List.of(
                        new DemoNote(
                                "ideas",
                                "Eén contactpersoon bij de gemeente die ook de toeslagen en de corporatie belt.",
                                ConsentTier.REPORT),
                        new DemoNote(
                                "agreements",
                                "Wijkteam en corporatie gaan bij twee maanden huurachterstand samen op huisbezoek."
                                        + " Start na de zomer.",
                                ConsentTier.REPORT)));
        conversations.close(arrears.id());
    }

    private void seat(
            Conversation conversation, String name, boolean anonymous, TableRole role, List<DemoNote> written) {
        Joined joined = joining.join(conversation.joinCode(), name, anonymous, role, true);
        for (DemoNote note : written) {
            notes.addNote(
                    joined.pass(),
                    UUID.randomUUID(),
                    new Category(note.category()),
                    new NoteText(note.text()),
                    note.consent(),
                    NoteAudience.EVERYONE);
        }
    }

    private ConversationDraft draft(
            String title,
            String question,
            String theme,
            String municipality,
            @Nullable String neighbourhood,
            String location,
            LocalDate date) {
        ReferenceItem themeItem = find(ReferenceKind.THEME, theme);
        ReferenceItem municipalityItem = find(ReferenceKind.MUNICIPALITY, municipality);
        Long neighbourhoodId = neighbourhood == null
                ? null
                : find(ReferenceKind.NEIGHBOURHOOD, neighbourhood).id();
        Instant startsAt =
                date.atTime(LocalTime.of(14, 0)).atZone(Languages.ZONE).toInstant();
        return new ConversationDraft(
                title,
                question,
                themeItem.id(),
                Objects.requireNonNull(themeItem.parentId()),
                municipalityItem.id(),
                neighbourhoodId,
                location,
                startsAt,
                BoardTemplate.KEUKENTAFEL);
    }

    private ReferenceItem find(ReferenceKind kind, String name) {
        return reference.listActive(kind).stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Reference data '" + name + "' is missing"));
    }
}
