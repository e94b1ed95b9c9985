package nl.keukentafel.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.NoteAudience;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CoFacilitatedReviewTest {

    @Autowired
    ReviewService review;

    @Autowired
    OverviewService overviews;

    @Autowired
    BoardFixture fixture;

    @Test
    void aFacilitatorReviewsTheConversationsTheyCoFacilitatedAndNoOthers() {
        String owner = fixture.facilitator();
        String colleague = fixture.facilitator();
        String stranger = fixture.facilitator();
        ReferenceItem place = fixture.municipality("Samendam");
        Conversation live = fixture.live(owner, "Samen gehouden", place.id(), Instant.parse("2025-09-01T18:00:00Z"));
        fixture.coFacilitators(owner, live, colleague);
        Joined resident = fixture.join(live, "Sanne", false, TableRole.RESIDENT);
        NoteId released =
                fixture.note(resident, "experience", "De huur is te hoog.", ConsentTier.REPORT, NoteAudience.EVERYONE);
        fixture.close(owner, live);
        ReviewSelection here = ReviewSelection.ALL.with(Facet.MUNICIPALITY, String.valueOf(place.id()));

        for (String ranIt : new String[] {owner, colleague}) {
            AsStaff.run(ranIt, StaffRole.FACILITATOR, () -> {
                assertThat(review.search(here, 0, 50, Locale.of("nl")))
                        .extracting(ReleasedNote::id)
                        .containsExactly(released);
                assertThat(review.counts(here).total()).isEqualTo(1);
                assertThat(overviews.overview(here).conversationsPerMonth()).containsValue(1);
            });
        }
        AsStaff.run(stranger, StaffRole.FACILITATOR, () -> {
            assertThat(review.search(here, 0, 50, Locale.of("nl"))).isEmpty();
            assertThat(review.counts(here).total()).isZero();
            assertThat(overviews.overview(here).conversationsPerMonth()).isEmpty();
        });
    }
}
