package nl.keukentafel.demo;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.reference.ReferenceDataService;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.reference.ReferenceKind;
import nl.keukentafel.review.Effect;
import nl.keukentafel.review.InsightDraft;
import nl.keukentafel.review.InsightFilter;
import nl.keukentafel.review.InsightService;
import nl.keukentafel.review.InsightStatus;
import nl.keukentafel.review.ReleasedNote;
import nl.keukentafel.review.ReviewSelection;
import nl.keukentafel.review.ReviewService;
import org.springframework.stereotype.Component;

/**
 * The demo team member's work in the review area: tags on the released notes of the closed demo
 * conversations and one insight built from them. Its title starts with "Demo:".
 */
@Component
class DemoReview {

    private final ReviewService review;
    private final InsightService insights;
    private final ReferenceDataService reference;

    DemoReview(ReviewService review, InsightService insights, ReferenceDataService reference) {
        this.review = review;
        this.insights = insights;
        this.reference = reference;
    }

    /** Tags and writes the demo insight, unless the demo already has insights. */
    void createOnce() {
        if (!insights.list(InsightFilter.ALL).isEmpty()) {
            return;
        }
        List<NoteId> kostendelersnorm = notes("kostendelersnorm");
        if (kostendelersnorm.isEmpty()) {
            return;
        }
        tag(kostendelersnorm, "Kostendelersnorm", Effect.EXPERIENCED_BOTTLENECK);
        tag(notes("huurtoeslag"), "Huurtoeslag", Effect.UNINTENDED_EFFECT);
        tag(notes("contactpersoon"), "Schuldhulpverlening", Effect.POLICY_IDEA);
        ReferenceItem theme = reference.listActive(ReferenceKind.THEME).stream()
                .filter(t -> t.name().startsWith("Mantelzorgboete"))
                .findFirst()
                .orElseThrow();
        insights.create(new InsightDraft(
                "Demo: de kostendelersnorm houdt families uit elkaar",
                "Bewoners vertellen dat ze minder geld krijgen als een moeder of een volwassen kind bij hen"
                        + " komt wonen. Sommigen kiezen dan tussen hun familie en hun huis.",
                theme.id(),
                Objects.requireNonNull(theme.parentId()),
                InsightStatus.CONCEPT,
                kostendelersnorm));
    }

    private void tag(List<NoteId> notes, String regulation, Effect effect) {
        if (!notes.isEmpty()) {
            review.tag(notes, List.of(regulation(regulation)), effect);
        }
    }

    private List<NoteId> notes(String word) {
        return review.search(ReviewSelection.ALL.withQuery(word), 0, 20, Locale.of("nl")).stream()
                .map(ReleasedNote::id)
                .toList();
    }

    private long regulation(String name) {
        return reference.listActive(ReferenceKind.REGULATION).stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
