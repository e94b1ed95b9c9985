package nl.keukentafel.review;

import static nl.keukentafel.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.ErasureService;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteAudience;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.NoteService;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.SystemTask;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class ReviewServiceTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Autowired
    ReviewService review;

    @Autowired
    InsightService insights;

    @Autowired
    OverviewService overviews;

    @Autowired
    NoteService notes;

    @Autowired
    ConsentService consent;

    @Autowired
    ErasureService erasure;

    @Autowired
    ReferenceDataService reference;

    @Autowired
    BoardFixture fixture;

    String team;
    String firstFacilitator;
    String secondFacilitator;
    ReferenceItem place;
    Conversation first;
    Conversation second;
    Joined fatima;
    NoteId residentNote;
    NoteId professionalNote;
    NoteId tableOnly;
    NoteId idea;
    NoteId question;

    /**
     * Two closed conversations in a municipality of their own: one in March 2025 with every kind of
     * note that must stay at the table, one in June 2026.
     */
    @BeforeEach
    void twoClosedConversations() {
        team = fixture.teamMember();
        firstFacilitator = fixture.facilitator();
        secondFacilitator = fixture.facilitator();
        place = fixture.municipality("Reviewdam");
        first = fixture.live(firstFacilitator, "Huur in maart", place.id(), Instant.parse("2025-03-10T18:00:00Z"));
        fatima = fixture.join(first, "Fatima Bakker", false, TableRole.RESIDENT);
        Joined professional = fixture.join(first, "Pieter Prof", true, TableRole.PROFESSIONAL);
        residentNote = fixture.note(
                fatima,
                "experience",
                "De huurachterstand liep op door de kostendelersnorm. Fatima belde 06-12345678.",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        professionalNote = fixture.note(
                professional,
                "policy-effect",
                "Wij zien veel huurachterstanden bij jonge gezinnen.",
                ConsentTier.CASE_BUNDLE,
                NoteAudience.EVERYONE);
        tableOnly = fixture.note(fatima, "experience", "Alleen hier gezegd: huurachterstand bij mijn zus.");
        fixture.note(
                fatima,
                "experience",
                "Voor de leider: huurachterstand en angst.",
                ConsentTier.REPORT,
                NoteAudience.FACILITATOR_ONLY);
        NoteId moderated = fixture.note(
                professional, "ideas", "Apart gezet over huurachterstand.", ConsentTier.REPORT, NoteAudience.EVERYONE);
        NoteId withdrawn = fixture.note(
                fatima, "ideas", "Ingetrokken over huurachterstand.", ConsentTier.REPORT, NoteAudience.EVERYONE);
        fixture.moderate(firstFacilitator, first, moderated);
        notes.withdrawNote(fatima.pass(), withdrawn);
        fixture.close(firstFacilitator, first);

        second = fixture.live(secondFacilitator, "Huur in juni", place.id(), Instant.parse("2026-06-01T17:00:00Z"));
        Joined resident = fixture.join(second, "Kees Jansen", false, TableRole.RESIDENT);
        Joined policyMaker = fixture.join(second, "Beleid Mens", false, TableRole.POLICY_MAKER);
        idea = fixture.note(
                resident,
                "ideas",
                "Een vaste contactpersoon bij de woningcorporatie helpt.",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        question = fixture.note(
                policyMaker,
                "questions",
                "Hoe vaak wordt een huurachterstand gemeld?",
                ConsentTier.REPORT,
                NoteAudience.EVERYONE);
        fixture.close(secondFacilitator, second);
    }

    private ReviewSelection here() {
        return ReviewSelection.ALL.with(Facet.MUNICIPALITY, String.valueOf(place.id()));
    }

    private List<NoteId> ids(ReviewSelection selection) {
        return asTeam(() -> review.search(selection, 0, 50, DUTCH)).stream()
                .map(ReleasedNote::id)
                .toList();
    }

    private <T> T asTeam(java.util.function.Supplier<T> work) {
        return AsStaff.call(team, StaffRole.TEAM_MEMBER, work);
    }

    @Test
    void searchFindsDutchWordFormsInReleasedNotesOnlyAndMarksTheMatches() {
        List<ReleasedNote> found = asTeam(() -> review.search(here().withQuery("huurachterstanden"), 0, 50, DUTCH));

        assertThat(found)
                .extracting(ReleasedNote::id)
                .containsExactlyInAnyOrder(residentNote, professionalNote, question);
        assertThat(found.toString())
                .doesNotContain("Fatima", "Bakker", "06-12345678", "zus", "leider", "Apart", "Ingetrokken", "Pieter");
        ReleasedNote resident = found.stream()
                .filter(n -> n.id().equals(residentNote))
                .findFirst()
                .orElseThrow();
        assertThat(resident.plainText())
                .isEqualTo("De huurachterstand liep op door de kostendelersnorm. [naam] belde [telefoon].");
        assertThat(resident.text())
                .filteredOn(ReleasedNote.TextPart::match)
                .extracting(ReleasedNote.TextPart::text)
                .containsExactly("huurachterstand");
        assertThat(resident.role()).isEqualTo(TableRole.RESIDENT);
        assertThat(resident.municipality()).isEqualTo(place.name());
        assertThat(resident.heldOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(resident.conversationTitle()).isEqualTo("Huur in maart");
    }

    @Test
    void theStartOfAWordFindsItAndEveryWordMustMatch() {
        assertThat(ids(here().withQuery("huurachter")))
                .containsExactlyInAnyOrder(residentNote, professionalNote, question);
        assertThat(ids(here().withQuery("huurachter kostendelers"))).containsExactly(residentNote);
        assertThat(ids(here().withQuery("huur")))
                .as("a word whose stem is no prefix of the longer word's stem")
                .containsExactlyInAnyOrder(residentNote, professionalNote, question);
        assertThat(ids(here().withQuery("naam")))
                .as("placeholders are not words")
                .isEmpty();
        assertThat(ids(here().withQuery("de het een")))
                .as("only stop words: everything")
                .hasSize(4);
    }

    @Test
    void everyFilterNarrowsTheNotesAndTheyCombine() {
        assertThat(ids(here())).containsExactlyInAnyOrder(residentNote, professionalNote, idea, question);
        assertThat(ids(here().with(Facet.ROLE, "RESIDENT"))).containsExactlyInAnyOrder(residentNote, idea);
        assertThat(ids(here().with(Facet.CATEGORY, "ideas"))).containsExactly(idea);
        assertThat(ids(here().withPeriod(LocalDate.of(2026, 1, 1), null))).containsExactlyInAnyOrder(idea, question);
        assertThat(ids(here().withPeriod(null, LocalDate.of(2025, 3, 10))))
                .containsExactlyInAnyOrder(residentNote, professionalNote);
        assertThat(ids(here().with(Facet.ROLE, "RESIDENT").withPeriod(LocalDate.of(2026, 1, 1), null)))
                .containsExactly(idea);
        assertThat(ids(here().with(Facet.THEME, String.valueOf(first.themeId())).with(Facet.CATEGORY, "questions")))
                .containsExactly(question);
        assertThat(ids(here().with(Facet.WERKTEAM, String.valueOf(first.werkteamId()))))
                .hasSize(4);
        assertThat(asTeam(() -> review.count(here().with(Facet.ROLE, "POLICY_MAKER"))))
                .isEqualTo(1);
        assertThat(ids(here().with(Facet.INSIGHT, Facet.WITHOUT_INSIGHT))).hasSize(4);
        assertThat(ids(here().with(Facet.INSIGHT, Facet.WITH_INSIGHT))).isEmpty();
    }

    @Test
    void facetCountsFollowTheSelectionButNotTheirOwnFilter() {
        Map<Facet, Map<String, Integer>> all =
                asTeam(() -> review.counts(here()).facets());
        assertThat(all.get(Facet.ROLE))
                .containsExactlyInAnyOrderEntriesOf(Map.of("RESIDENT", 2, "PROFESSIONAL", 1, "POLICY_MAKER", 1));
        assertThat(all.get(Facet.MUNICIPALITY)).containsKey(String.valueOf(place.id()));
        assertThat(all.get(Facet.CATEGORY)).containsEntry("ideas", 1).containsEntry("experience", 1);
        assertThat(all.get(Facet.INSIGHT)).containsExactlyEntriesOf(Map.of("without", 4));

        Map<Facet, Map<String, Integer>> residents =
                asTeam(() -> review.counts(here().with(Facet.ROLE, "RESIDENT")).facets());
        assertThat(residents.get(Facet.ROLE))
                .as("the other roles stay in view")
                .containsExactlyInAnyOrderEntriesOf(Map.of("RESIDENT", 2, "PROFESSIONAL", 1, "POLICY_MAKER", 1));
        assertThat(residents.get(Facet.CATEGORY))
                .containsExactlyInAnyOrderEntriesOf(Map.of("experience", 1, "ideas", 1));
        assertThat(residents.get(Facet.MUNICIPALITY)).containsEntry(String.valueOf(place.id()), 2);
    }

    @Test
    void teamMembersTagSeveralNotesAtOnceAndTheHistoryKeepsWhoAndWhen() {
        long kostendelersnorm = regulation("Kostendelersnorm");
        long huurtoeslag = regulation("Huurtoeslag");

        int changed = asTeam(() -> review.tag(
                List.of(residentNote, professionalNote),
                List.of(kostendelersnorm, huurtoeslag),
                Effect.EXPERIENCED_BOTTLENECK));

        assertThat(changed).isEqualTo(2);
        assertThat(ids(here().with(Facet.REGULATION, String.valueOf(kostendelersnorm))))
                .containsExactlyInAnyOrder(residentNote, professionalNote);
        assertThat(ids(here().with(Facet.EFFECT, "EXPERIENCED_BOTTLENECK"))).hasSize(2);
        Map<Facet, Map<String, Integer>> facets =
                asTeam(() -> review.counts(here()).facets());
        assertThat(facets.get(Facet.REGULATION))
                .containsEntry(String.valueOf(kostendelersnorm), 2)
                .containsEntry(String.valueOf(huurtoeslag), 2);
        assertThat(facets.get(Facet.EFFECT)).containsExactlyEntriesOf(Map.of("EXPERIENCED_BOTTLENECK", 2));

        asTeam(() -> {
            review.removeRegulation(residentNote, huurtoeslag);
            review.clearEffect(professionalNote);
            return null;
        });
        ReleasedNote tagged = asTeam(() -> review.context(residentNote, DUTCH)).note();
        assertThat(tagged.regulations()).extracting(ReleasedNote.Tag::name).containsExactly("Kostendelersnorm");
        assertThat(tagged.effect()).isEqualTo(Effect.EXPERIENCED_BOTTLENECK);
        List<TagChange> history =
                asTeam(() -> review.context(residentNote, DUTCH)).history();
        assertThat(history)
                .extracting(TagChange::action)
                .containsExactly(
                        TagChange.Action.REGULATION_REMOVED,
                        TagChange.Action.EFFECT_SET,
                        TagChange.Action.REGULATION_ADDED,
                        TagChange.Action.REGULATION_ADDED);
        assertThat(history).extracting(TagChange::actor).containsOnly(team);
        assertThat(asTeam(() -> review.context(professionalNote, DUTCH)).note().effect())
                .isNull();
    }

    @Test
    void aNoteThatDidNotLeaveItsTableCannotBeTaggedOrOpened() {
        long regulation = regulation("Wmo 2015");
        assertRefused(
                () -> asTeam(() -> review.tag(List.of(residentNote, tableOnly), List.of(regulation), null)),
                "review.error.not-found");
        assertThat(ids(here().with(Facet.REGULATION, String.valueOf(regulation))))
                .isEmpty();
        assertRefused(() -> asTeam(() -> review.context(tableOnly, DUTCH)), "review.error.not-found");
        assertRefused(() -> asTeam(() -> review.tag(List.of(residentNote), List.of(), null)), "review.error.no-tag");
    }

    @Test
    void theContextShowsTheReleasedNotesAroundANote() {
        NoteInContext context = asTeam(() -> review.context(professionalNote, DUTCH));
        assertThat(context.before()).extracting(ReleasedNote::id).containsExactly(residentNote);
        assertThat(context.after()).isEmpty();
        assertThat(context.toString()).doesNotContain("zus", "Apart", "Ingetrokken", "leider", "Fatima");
    }

    @Test
    void anInsightQuotesItsEvidenceCountsWhereItCameBackAndKeepsEveryVersion() {
        long id = asTeam(() -> insights.create(new InsightDraft(
                "Huurachterstand volgt op de kostendelersnorm",
                "Bewoners vertellen dat de achterstand begint als de uitkering omlaag gaat.",
                first.themeId(),
                first.werkteamId(),
                InsightStatus.CONCEPT,
                List.of(residentNote, idea))));

        Insight insight = asTeam(() -> insights.get(id, DUTCH));
        assertThat(insight.evidence()).extracting(ReleasedNote::id).containsExactlyInAnyOrder(residentNote, idea);
        assertThat(insight.conversations()).isEqualTo(2);
        assertThat(insight.municipalities()).isEqualTo(1);
        assertThat(insight.toString()).doesNotContain("Fatima", "Kees");
        assertThat(ids(here().with(Facet.INSIGHT, Facet.WITH_INSIGHT))).containsExactlyInAnyOrder(residentNote, idea);
        assertThat(asTeam(() -> insights.supportedBy(idea)))
                .extracting(Insight.Summary::id)
                .containsExactly(id);
        assertThat(asTeam(() -> review.context(idea, DUTCH)).insights())
                .extracting(Insight.Summary::id)
                .containsExactly(id);

        InsightDraft established = new InsightDraft(
                insight.title(),
                insight.body(),
                insight.themeId(),
                insight.werkteamId(),
                InsightStatus.ESTABLISHED,
                List.of(residentNote, idea, question));
        asTeam(() -> {
            insights.update(id, 1, established);
            return null;
        });
        assertRefused(
                () -> asTeam(() -> {
                    insights.update(id, 1, established);
                    return null;
                }),
                "insight.error.changed");
        assertThat(asTeam(() -> insights.history(id)))
                .extracting(Insight.Revision::version, Insight.Revision::status, Insight.Revision::notes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, InsightStatus.ESTABLISHED, 3),
                        org.assertj.core.groups.Tuple.tuple(1, InsightStatus.CONCEPT, 2));
        assertThat(asTeam(() ->
                        insights.list(new InsightFilter("kostendelersnorm", null, null, InsightStatus.ESTABLISHED))))
                .extracting(Insight.Summary::id)
                .contains(id);
        assertThat(asTeam(() -> insights.list(new InsightFilter("", null, null, InsightStatus.CONCEPT))))
                .extracting(Insight.Summary::id)
                .doesNotContain(id);
    }

    @Test
    void anInsightNeedsReleasedEvidenceATitleAndAText() {
        InsightDraft noNotes = new InsightDraft(
                "Titel", "Tekst", first.themeId(), first.werkteamId(), InsightStatus.CONCEPT, List.of());
        assertRefused(() -> asTeam(() -> insights.create(noNotes)), "insight.error.no-notes");
        InsightDraft tableNote = new InsightDraft(
                "Titel", "Tekst", first.themeId(), first.werkteamId(), InsightStatus.CONCEPT, List.of(tableOnly));
        assertRefused(() -> asTeam(() -> insights.create(tableNote)), "insight.error.note-gone");
        InsightDraft blank = new InsightDraft(
                "  ", "Tekst", first.themeId(), first.werkteamId(), InsightStatus.CONCEPT, List.of(idea));
        assertRefused(() -> asTeam(() -> insights.create(blank)), "insight.error.title");
    }

    @Test
    void whenAnAuthorWithdrawsConsentAfterCloseTheNoteLeavesReviewAndItsInsight() {
        long id = asTeam(() -> insights.create(new InsightDraft(
                "Contactpersoon",
                "Een vast gezicht helpt.",
                first.themeId(),
                first.werkteamId(),
                InsightStatus.CONCEPT,
                List.of(residentNote, idea))));

        consent.changeConsent(fatima.pass(), residentNote, ConsentTier.TABLE_ONLY);

        assertThat(ids(here())).doesNotContain(residentNote);
        Insight insight = asTeam(() -> insights.get(id, DUTCH));
        assertThat(insight.evidence()).extracting(ReleasedNote::id).containsExactly(idea);
        assertThat(insight.noLongerReleased()).isEqualTo(1);

        asTeam(() -> {
            insights.update(id, insight.version(), insight.toDraft());
            return null;
        });
        consent.changeConsent(fatima.pass(), residentNote, ConsentTier.REPORT);
        assertThat(asTeam(() -> insights.get(id, DUTCH)).evidence())
                .as("an edit while the note was not released keeps its link")
                .extracting(ReleasedNote::id)
                .containsExactlyInAnyOrder(residentNote, idea);

        consent.changeConsent(fatima.pass(), tableOnly, ConsentTier.REPORT);
        assertThat(ids(here())).contains(tableOnly);
    }

    @Test
    void erasureAfterCloseTakesTheNotesOutOfReview() {
        erasure.eraseSelf(fatima.pass());
        assertThat(ids(here())).containsExactlyInAnyOrder(professionalNote, idea, question);
    }

    @Test
    void aFacilitatorReviewsOnlyTheirOwnConversationsAndDoesNotTag() {
        List<NoteId> own = AsStaff.call(
                firstFacilitator,
                StaffRole.FACILITATOR,
                () -> review.search(here(), 0, 50, DUTCH).stream()
                        .map(ReleasedNote::id)
                        .toList());
        assertThat(own).containsExactlyInAnyOrder(residentNote, professionalNote);
        assertRefused(
                () -> AsStaff.call(firstFacilitator, StaffRole.FACILITATOR, () -> review.context(idea, DUTCH)),
                "review.error.not-found");
        assertThatThrownBy(() -> AsStaff.call(
                        firstFacilitator,
                        StaffRole.FACILITATOR,
                        () -> review.tag(List.of(residentNote), List.of(regulation("Jeugdwet")), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        AsStaff.call(firstFacilitator, StaffRole.FACILITATOR, () -> insights.list(InsightFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theOverviewCountsConversationsPeopleNotesAndBottlenecks() {
        long kostendelersnorm = regulation("Kostendelersnorm");
        asTeam(() ->
                review.tag(List.of(residentNote, question), List.of(kostendelersnorm), Effect.EXPERIENCED_BOTTLENECK));

        Overview overview = asTeam(() -> overviews.overview(here()));

        assertThat(overview.conversationsPerMonth())
                .as("every month from the first to the last, empty ones too")
                .hasSize(16)
                .containsEntry(YearMonth.of(2025, 3), 1)
                .containsEntry(YearMonth.of(2025, 4), 0)
                .containsEntry(YearMonth.of(2026, 6), 1);
        assertThat(overview.conversationsPerMonth().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(2);
        assertThat(overview.participantsPerRole())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(TableRole.RESIDENT, 2, TableRole.PROFESSIONAL, 1, TableRole.POLICY_MAKER, 1));
        assertThat(overview.residentShare()).isEqualTo(0.5);
        assertThat(overview.notesPerCategory())
                .containsEntry(new Category("experience"), 1)
                .hasSize(4);
        assertThat(overview.bottlenecks())
                .containsExactly(new Overview.Bottleneck("Kostendelersnorm", place.name(), 2));

        Overview residents = asTeam(() -> overviews.overview(here().with(Facet.CATEGORY, "ideas")));
        assertThat(residents.conversationsPerMonth()).containsExactlyEntriesOf(Map.of(YearMonth.of(2026, 6), 1));
    }

    @Test
    void chartsAreAccessibleSvgImages() {
        String svg = SvgCharts.bars("Notities per categorie", Map.of("Ideeën", 3, "Vragen", 1), "Notities", true);
        assertThat(svg).startsWith("<svg role=\"img\" aria-label=\"Notities per categorie\"");
        assertThat(svg).contains("<title>Notities per categorie</title>", "Ideeën", "Vragen");
        String stacked = SvgCharts.stackedBars(
                "Knelpunten <per> gemeente",
                List.of(new SvgCharts.Cell("Wmo 2015", "Schiedam", 2), new SvgCharts.Cell("Wmo 2015", "Rotterdam", 1)),
                "Notities");
        assertThat(stacked).contains("aria-label=\"Knelpunten &lt;per&gt; gemeente\"", "Schiedam", "Rotterdam");
    }

    @Test
    void theSelectionSurvivesTheAddressBarAndDropsWhatMakesNoSense() {
        ReviewSelection selection = here().withQuery("huur")
                .withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .with(Facet.ROLE, "RESIDENT")
                .with(Facet.EFFECT, "WORKS_WELL");
        assertThat(ReviewSelection.fromParameters(selection.toParameters())).isEqualTo(selection);
        ReviewSelection nonsense = ReviewSelection.fromParameters(Map.of(
                "role", List.of("KING"), "theme", List.of("x1"), "from", List.of("gisteren"), "q", List.of("huur")));
        assertThat(nonsense).isEqualTo(ReviewSelection.ALL.withQuery("huur"));
    }

    private long regulation(String name) {
        return SystemTask.call("test", () -> reference.list(ReferenceKind.REGULATION)).stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
