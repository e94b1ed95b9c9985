package nl.keukentafel.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.keukentafel.board.AgreementDraft;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteAudience;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.NoteService;
import nl.keukentafel.board.ParticipantId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.review.Effect;
import nl.keukentafel.review.InsightDraft;
import nl.keukentafel.review.InsightService;
import nl.keukentafel.review.InsightStatus;
import nl.keukentafel.review.ReviewService;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.SystemTask;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two closed conversations in a municipality of their own, with every kind of note that must stay
 * at the table, tags, an insight and an agreement: what the report and bundle tests read.
 */
@Component
public class ReportFixture {

    private final BoardFixture board;
    private final NoteService notes;
    private final ReviewService review;
    private final InsightService insights;
    private final ReferenceDataService reference;
    private final JdbcClient jdbc;

    ReportFixture(
            BoardFixture board,
            NoteService notes,
            ReviewService review,
            InsightService insights,
            ReferenceDataService reference,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.board = board;
        this.notes = notes;
        this.review = review;
        this.insights = insights;
        this.reference = reference;
    }

    /** What a test needs to know about the tables it reads. */
    public record Tables(
            String team,
            String facilitator,
            ReferenceItem place,
            Conversation first,
            Conversation second,
            Joined resident,
            NoteId residentNote,
            NoteId bundleNote,
            NoteId agreement,
            NoteId idea,
            long insight) {

        public List<Long> conversations() {
            return List.of(first.id().value(), second.id().value());
        }
    }

    public Tables tables() {
        String team = board.teamMember();
        String facilitator = board.facilitator();
        ReferenceItem place = board.municipality("Verslagdam");
        Conversation first =
                board.live(facilitator, "Huur en bijstand", place.id(), Instant.parse("2026-03-10T18:00:00Z"));
        Joined fatima = board.join(first, "Fatima Bakker", false, TableRole.RESIDENT);
        Joined professional = board.join(first, "Pieter Prof", true, TableRole.PROFESSIONAL);
        Joined policy = board.join(first, "Bea Beleid", false, TableRole.POLICY_MAKER);
        NoteId residentNote = board.note(
                fatima,
                "experience",
                "Mijn huurachterstand liep op door de kostendelersnorm. Fatima belde 06-12345678.",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        NoteId bundleNote = board.note(
                fatima,
                "policy-effect",
                "Toen mijn zoon kwam inwonen, ging mijn uitkering omlaag en kon ik de huur niet betalen.",
                ConsentTier.CASE_BUNDLE,
                NoteAudience.EVERYONE);
        board.note(
                professional,
                "policy-effect",
                "Wij zien veel jonge gezinnen met achterstand.",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        board.note(fatima, "experience", "Alleen aan tafel: mijn zus woont in de Dorpsstraat.");
        board.note(
                fatima,
                "experience",
                "Voor de gespreksleider: ik ben bang.",
                ConsentTier.CASE_BUNDLE,
                NoteAudience.FACILITATOR_ONLY);
        NoteId hidden = board.note(
                professional, "ideas", "Apart gezet door de leider.", ConsentTier.REPORT, NoteAudience.EVERYONE);
        board.moderate(facilitator, first, hidden);
        NoteId withdrawn = board.note(
                fatima, "ideas", "Teruggetrokken notitie over schulden.", ConsentTier.REPORT, NoteAudience.EVERYONE);
        notes.withdrawNote(fatima.pass(), withdrawn);
        NoteId agreement = board.note(
                policy,
                "agreements",
                "De gemeente bekijkt de kostendelersnorm voor inwonende kinderen voor 1 juni.",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        // Agreements the facilitator recorded: the report names no participant, only a role.
        board.agreement(
                facilitator,
                first,
                new AgreementDraft(
                        "Fatima Bakker belt 06-12345678 met de woningcorporatie over een betalingsregeling",
                        null,
                        new ParticipantId(jdbc.sql("select id from participant where display_name = 'Fatima Bakker'"
                                        + " and conversation_id = :c")
                                .param("c", first.id().value())
                                .query(Long.class)
                                .single()),
                        null,
                        LocalDate.of(2026, 4, 1),
                        null));
        board.agreement(
                facilitator,
                first,
                new AgreementDraft(
                        "Uitzoeken wie de huurtoeslag terugvordert", null, null, "Het Juridisch Loket", null, null));
        board.close(facilitator, first);

        Conversation second =
                board.live(facilitator, "Schulden voorkomen", place.id(), Instant.parse("2026-04-14T17:00:00Z"));
        Joined kees = board.join(second, "Kees Jansen", false, TableRole.RESIDENT);
        NoteId idea = board.note(
                kees,
                "ideas",
                "Eén vaste contactpersoon bij de woningcorporatie helpt écht.",
                ConsentTier.CASE_BUNDLE,
                NoteAudience.EVERYONE);
        board.close(facilitator, second);

        long kostendelersnorm = SystemTask.call("test", () -> reference.listActive(ReferenceKind.REGULATION)).stream()
                .filter(r -> r.name().equals("Kostendelersnorm"))
                .findFirst()
                .orElseThrow()
                .id();
        AsStaff.run(team, StaffRole.TEAM_MEMBER, () -> {
            review.tag(List.of(residentNote, bundleNote), List.of(kostendelersnorm), Effect.EXPERIENCED_BOTTLENECK);
            review.tag(List.of(idea), List.of(), Effect.POLICY_IDEA);
        });
        ReferenceItem theme = SystemTask.call(
                "test", () -> reference.listActive(ReferenceKind.THEME).getFirst());
        ReferenceItem werkteam = SystemTask.call(
                "test", () -> reference.listActive(ReferenceKind.WERKTEAM).getFirst());
        long insight = AsStaff.call(
                team,
                StaffRole.TEAM_MEMBER,
                () -> insights.create(new InsightDraft(
                        "Inwonen kost huishoudens hun huis",
                        "De kostendelersnorm maakt inwonen duur.",
                        theme.id(),
                        werkteam.id(),
                        InsightStatus.ESTABLISHED,
                        List.of(residentNote, bundleNote))));
        return new Tables(
                team, facilitator, place, first, second, fatima, residentNote, bundleNote, agreement, idea, insight);
    }

    public static ReportDraft draft(Tables tables, String introduction) {
        return new ReportDraft(
                "Kenniscafé Huur en schulden",
                java.time.LocalDate.of(2026, 5, 20),
                "Wijkcentrum De Brug",
                introduction,
                Locale.of("nl"),
                tables.conversations(),
                "municipality=" + tables.place().id(),
                Map.of(),
                Set.of(),
                Set.of());
    }

    /** The text of a PDF, with every run of white space as one space. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
