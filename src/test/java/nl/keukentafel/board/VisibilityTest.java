package nl.keukentafel.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The per-audience rules, applied to one real board as the database has it. */
@SpringBootTest
class VisibilityTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    NoteService notes;

    @Autowired
    BoardReader reader;

    @Test
    void anAnonymousAuthorsNameReachesOnlyTheFacilitatorAndTheAuthor() {
        Conversation live = fixture.live(fixture.facilitator(), "Anoniem");
        Joined karim = fixture.join(live, "Karim Geheim", true, TableRole.RESIDENT);
        Joined anna = fixture.join(live, "Anna Open", false, TableRole.POLICY_MAKER);
        fixture.note(karim, "experience", "anoniem geschreven");

        BoardSnapshot snapshot = reader.load(live.id());
        for (Visibility others :
                List.of(new Visibility.Participant(anna.pass().participantId()), new Visibility.Projector())) {
            BoardContent content = snapshot.contentFor(others);
            assertThat(content.toString())
                    .as(others.toString())
                    .doesNotContain("Karim Geheim")
                    .contains("Anna Open");
            assertThat(content.notes().getFirst().authorName()).isNull();
            assertThat(content.notes().getFirst().authorRole()).isEqualTo(TableRole.RESIDENT);
            assertThat(content.notes().getFirst().mine()).isFalse();
        }
        assertThat(snapshot.contentFor(new Visibility.Facilitator())
                        .notes()
                        .getFirst()
                        .authorName())
                .isEqualTo("Karim Geheim");
        BoardContent own =
                snapshot.contentFor(new Visibility.Participant(karim.pass().participantId()));
        assertThat(own.notes().getFirst().mine()).isTrue();
        assertThat(own.notes().getFirst().authorName()).isEqualTo("Karim Geheim");
    }

    @Test
    void moderatedNotesReachOnlyTheFacilitatorAndTheirAuthorAndWithdrawnNotesNobody() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Moderatie en intrekken");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId kept = fixture.note(anna, "experience", "blijft staan", ConsentTier.REPORT, NoteAudience.EVERYONE);
        NoteId moderated = fixture.note(anna, "experience", "apart gezet", ConsentTier.REPORT, NoteAudience.EVERYONE);
        NoteId withdrawn = fixture.note(anna, "experience", "ingetrokken", ConsentTier.REPORT, NoteAudience.EVERYONE);
        fixture.moderate(facilitator, live, moderated);
        notes.withdrawNote(anna.pass(), withdrawn);

        BoardSnapshot snapshot = reader.load(live.id());
        Map<String, Visibility> audiences = Map.of(
                "facilitator", new Visibility.Facilitator(),
                "author", new Visibility.Participant(anna.pass().participantId()),
                "projector", new Visibility.Projector(),
                "archive", archive(ConsentTier.REPORT));
        audiences.forEach((name, visibility) -> {
            List<NoteId> shown = snapshot.contentFor(visibility).notes().stream()
                    .map(BoardContent.Card::id)
                    .toList();
            if (name.equals("facilitator") || name.equals("author")) {
                // The author keeps seeing a note the facilitator set aside, marked as hidden.
                assertThat(shown).as(name).containsExactly(kept, moderated);
            } else {
                assertThat(shown).as(name).containsExactly(kept);
            }
        });
        assertThat(snapshot.contentFor(new Visibility.Facilitator())
                        .notes()
                        .get(1)
                        .moderated())
                .isTrue();
    }

    @Test
    void aNoteOnlyForTheFacilitatorReachesTheFacilitatorAndItsAuthorAndNothingElse() {
        Conversation live = fixture.live(fixture.facilitator(), "Alleen voor de gespreksleider");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined bert = fixture.join(live, "Bert", false, TableRole.PROFESSIONAL);
        NoteId secret = fixture.note(
                anna,
                "experience",
                "dit is alleen voor de gespreksleider",
                ConsentTier.CASE_BUNDLE,
                NoteAudience.FACILITATOR_ONLY);

        BoardSnapshot snapshot = reader.load(live.id());
        BoardContent.Card forFacilitator =
                snapshot.contentFor(new Visibility.Facilitator()).notes().getFirst();
        assertThat(forFacilitator.id()).isEqualTo(secret);
        assertThat(forFacilitator.facilitatorOnly()).isTrue();
        BoardContent.Card forAuthor = snapshot.contentFor(
                        new Visibility.Participant(anna.pass().participantId()))
                .notes()
                .getFirst();
        assertThat(forAuthor.facilitatorOnly()).isTrue();
        assertThat(forAuthor.consent()).isEqualTo(ConsentTier.CASE_BUNDLE);
        for (Visibility others : List.of(
                new Visibility.Participant(bert.pass().participantId()),
                new Visibility.Projector(),
                archive(ConsentTier.REPORT),
                archive(ConsentTier.CASE_BUNDLE))) {
            assertThat(snapshot.contentFor(others).notes())
                    .as(others.toString())
                    .isEmpty();
            assertThat(snapshot.contentFor(others).toString()).doesNotContain("alleen voor de gespreksleider");
        }
    }

    @Test
    void onlyTheAuthorSeesTheirConsentChoiceAndTheArchiveOnlyWhatWasReleasedWithoutNames() {
        Conversation live = fixture.live(fixture.facilitator(), "Toestemming per notitie");
        Joined anna = fixture.join(live, "Anna Open", false, TableRole.RESIDENT);
        Joined bert = fixture.join(live, "Bert", false, TableRole.PROFESSIONAL);
        NoteId tableOnly = fixture.note(anna, "experience", "alleen hier");
        NoteId report =
                fixture.note(anna, "experience", "mag in het verslag", ConsentTier.REPORT, NoteAudience.EVERYONE);
        NoteId bundle =
                fixture.note(anna, "ideas", "mag in de lesbundel", ConsentTier.CASE_BUNDLE, NoteAudience.EVERYONE);

        BoardSnapshot snapshot = reader.load(live.id());
        assertThat(snapshot.contentFor(new Visibility.Participant(bert.pass().participantId()))
                        .notes())
                .extracting(BoardContent.Card::consent)
                .containsOnlyNulls();
        assertThat(snapshot.contentFor(new Visibility.Facilitator()).notes())
                .extracting(BoardContent.Card::consent)
                .containsOnlyNulls();
        assertThat(snapshot.contentFor(new Visibility.Participant(anna.pass().participantId()))
                        .notes())
                .extracting(BoardContent.Card::consent)
                .containsExactly(ConsentTier.TABLE_ONLY, ConsentTier.REPORT, ConsentTier.CASE_BUNDLE);

        BoardContent forReport = snapshot.contentFor(archive(ConsentTier.REPORT));
        assertThat(forReport.notes()).extracting(BoardContent.Card::id).containsExactly(report, bundle);
        assertThat(forReport.notes()).extracting(BoardContent.Card::authorName).containsOnlyNulls();
        assertThat(forReport.participants()).extracting(BoardContent.Seat::name).containsOnlyNulls();
        assertThat(forReport.toString()).doesNotContain("Anna Open", "alleen hier");
        assertThat(snapshot.contentFor(archive(ConsentTier.CASE_BUNDLE)).notes())
                .extracting(BoardContent.Card::id)
                .containsExactly(bundle)
                .doesNotContain(tableOnly);
    }

    @Test
    void theArchiveReadsEveryNoteThroughItsRedaction() {
        Conversation live = fixture.live(fixture.facilitator(), "Weglaten");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        fixture.note(anna, "experience", "origineel", ConsentTier.REPORT, NoteAudience.EVERYONE);

        BoardContent content = reader.load(live.id())
                .contentFor(new Visibility.Archive(
                        ConsentTier.REPORT, note -> "weggelaten: " + note.text().length()));

        assertThat(content.notes()).extracting(BoardContent.Card::text).containsExactly("weggelaten: 9");
    }

    private static Visibility.Archive archive(ConsentTier minimum) {
        return new Visibility.Archive(minimum, BoardSnapshot.NoteRow::text);
    }
}
