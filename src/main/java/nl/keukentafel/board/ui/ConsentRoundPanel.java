package nl.keukentafel.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.ParticipantPass;
import org.jspecify.annotations.Nullable;

/**
 * The consent round on a participant's tablet: while the facilitator has a round open, the
 * participant sees their own notes, each with the three choices (one tap saves), a summary, and a
 * button to say they are done. Redrawn only when their own notes change; a changed choice only
 * updates that choice and the summary, so a tap is never interrupted.
 */
class ConsentRoundPanel extends Section {

    private final ConsentService consents;
    private final Supplier<@Nullable ParticipantPass> pass;
    private final Map<NoteId, ConsentChoice> choices = new HashMap<>();
    private @Nullable Paragraph summary;
    private @Nullable List<Object> drawnFor;

    ConsentRoundPanel(ConsentService consents, Supplier<@Nullable ParticipantPass> pass) {
        this.consents = consents;
        this.pass = pass;
        addClassName("consent-round");
        setId("consent-round");
        getElement().setAttribute("aria-labelledby", "consent-round-title");
        setVisible(false);
    }

    void show(BoardContent view) {
        BoardContent.ConsentRound round = view.isClosed() ? null : view.consentRound();
        List<BoardContent.Card> mine =
                view.notes().stream().filter(BoardContent.Card::mine).toList();
        List<Object> key = new ArrayList<>();
        key.add(round == null ? "none" : round.viewerAnswered());
        mine.forEach(card -> key.add(List.of(card.id(), card.text())));
        if (key.equals(drawnFor)) {
            // Only choices changed (from this tablet or the author's card): update them in place,
            // so a tap or an arrow key in a choice is never interrupted by a redraw.
            mine.forEach(card -> {
                ConsentChoice choice = choices.get(card.id());
                ConsentTier tier = ConsentChoice.of(card);
                if (choice != null && choice.getValue() != tier) {
                    choice.setValue(tier);
                }
            });
            if (summary != null) {
                summary.setText(summaryText(mine));
            }
            return;
        }
        choices.clear();
        summary = null;
        drawnFor = key;
        removeAll();
        setVisible(round != null);
        if (round == null) {
            return;
        }
        H2 title = new H2(getTranslation("consent.round.title"));
        title.setId("consent-round-title");
        add(title);
        if (round.viewerAnswered()) {
            add(new Paragraph(getTranslation("consent.round.thanks")));
            return;
        }
        add(new Paragraph(getTranslation("consent.round.explain")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("consent.round.no-notes")));
        }
        for (BoardContent.Card card : mine) {
            add(noteChoice(card));
        }
        Paragraph summary = new Paragraph(summaryText(mine));
        this.summary = summary;
        summary.addClassName("consent-summary");
        summary.setId("consent-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        Button done = new Button(getTranslation("consent.round.done"), e -> {
            ParticipantPass participant = pass.get();
            if (participant != null) {
                Notifications.attempt(() -> consents.answerRound(participant));
            }
        });
        done.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        done.setId("consent-round-done");
        add(summary, done);
    }

    private String summaryText(List<BoardContent.Card> mine) {
        long released = mine.stream()
                .filter(c -> c.consent() != null && c.consent().releases())
                .count();
        return getTranslation("consent.round.summary", released, mine.size());
    }

    private Div noteChoice(BoardContent.Card card) {
        NoteId id = card.id();
        Paragraph text = new Paragraph(card.text());
        text.addClassName("consent-note-text");
        ConsentChoice choice = new ConsentChoice(getTranslation("consent.question"), ConsentChoice.of(card), tier -> {
            ParticipantPass participant = pass.get();
            if (participant != null) {
                consents.changeConsent(participant, id, tier);
            }
        });
        choice.setId("round-consent-" + id.value());
        choices.put(id, choice);
        Div box = new Div(text, choice);
        box.addClassName("consent-round-note");
        return box;
    }
}
