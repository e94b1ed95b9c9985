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
        for (Visibility others : List.of(
                new Visibility.Participant(anna.pass().participantId()),
                new Visibility.Projector(),
                new Visibility.Archive())) {
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
    void moderatedNotesReachOnlyTheFacilitatorAndWithdrawnNotesNobody() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Moderatie en intrekken");
        Joined anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        NoteId kept = fixture.note(anna, "experience", "blijft staan");
        NoteId moderated = fixture.note(anna, "experience", "apart gezet");
        NoteId withdrawn = fixture.note(anna, "experience", "ingetrokken");
        fixture.moderate(facilitator, live, moderated);
        notes.withdrawNote(anna.pass(), withdrawn);

        BoardSnapshot snapshot = reader.load(live.id());
        Map<String, Visibility> audiences = Map.of(
                "facilitator", new Visibility.Facilitator(),
                "author", new Visibility.Participant(anna.pass().participantId()),
                "projector", new Visibility.Projector(),
                "archive", new Visibility.Archive());
        audiences.forEach((name, visibility) -> {
            List<NoteId> shown = snapshot.contentFor(visibility).notes().stream()
                    .map(BoardContent.Card::id)
                    .toList();
            if (name.equals("facilitator")) {
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
}
