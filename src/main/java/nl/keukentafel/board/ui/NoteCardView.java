package nl.keukentafel.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.keukentafel.base.Dates;
import nl.keukentafel.board.BoardContent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * One note on a board: its text, the author's role (always), name (when this screen may show it)
 * and time. Screens add their own buttons through {@code actions}.
 *
 * <p>The card is a single {@code <kt-note>} element whose parts travel as attributes named after
 * the parts' classes ({@link #TEXT}, {@link #AUTHOR}, {@link #ROLE}, {@link #TIME}, {@link
 * #BADGE}); {@code scripts/keukentafel-note.js} draws them in the browser. A card is on every
 * screen of its board, and one state node instead of about ten cuts the server's memory and work
 * per card per screen (docs/adr/0008).
 */
@Tag("kt-note")
class NoteCardView extends Component implements HasStyle {

    /** The browser script that draws the cards; every screen with cards loads it. */
    static final String SCRIPT = "context://scripts/keukentafel-note.js";

    static final String TEXT = "note-text";
    static final String AUTHOR = "note-author";
    static final String ROLE = "note-role";
    static final String TIME = "note-time";
    /**
     * Present only on a note set aside by moderation or meant only for the facilitator, on the
     * screens that still show it.
     */
    static final String BADGE = "note-badge";
    /** Present only on the author's own cards: what they allowed to happen with the note. */
    static final String CONSENT = "note-consent";
    /** The group the facilitator put the note in. */
    static final String GROUP = "note-group";
    /** The dots on the note, where this screen may see them. */
    static final String VOTES = "note-votes";
    /**
     * Notes merged into this one (they say the same): a JSON list of their texts, each with its
     * author as this screen may name them.
     */
    static final String MERGED = "note-merged";

    /**
     * The dot buttons while choosing, drawn by the browser: "add", "remove" or "add remove"; the
     * buttons call the screen's {@code vote(noteId, add)}.
     */
    static final String VOTE = "note-vote";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<BoardContent.Card, List<Component>> actions;
    private BoardContent.Card card;
    private @Nullable Div actionBar;
    private @Nullable String groupName;
    /** An id of its own, for a second card of the same note on a screen (the spotlight). */
    private @Nullable String fixedId;

    NoteCardView(BoardContent.Card card, Function<BoardContent.Card, List<Component>> actions) {
        this.card = card;
        this.actions = actions;
        addClassName("note-card");
        getElement().setAttribute("role", "listitem");
        render(true);
    }

    long seq() {
        return card.seq();
    }

    /** Whether two versions of a card differ in nothing but the count of dots on it. */
    private static boolean onlyDotsDiffer(BoardContent.Card a, BoardContent.Card b) {
        BoardContent.Extras x = a.extras();
        BoardContent.Extras y = b.extras();
        return x.votes() != y.votes()
                && x.myVotes() == y.myVotes()
                && x.unrevealed() == y.unrevealed()
                && Objects.equals(x.group(), y.group())
                && x.merged().equals(y.merged())
                && a.id().equals(b.id())
                && a.category().equals(b.category())
                && a.text().equals(b.text())
                && a.authorRole() == b.authorRole()
                && Objects.equals(a.authorName(), b.authorName())
                && a.authorAnonymous() == b.authorAnonymous()
                && a.mine() == b.mine()
                && a.consent() == b.consent()
                && a.facilitatorOnly() == b.facilitatorOnly()
                && a.moderated() == b.moderated()
                && a.withdrawn() == b.withdrawn()
                && a.edited() == b.edited()
                && a.placedAt().equals(b.placedAt())
                && a.seq() == b.seq();
    }

    /** Gives the card an id of its own instead of the note's, e.g. the spotlight's copy of a card. */
    void fixId(String id) {
        fixedId = id;
        setId(id);
    }

    /** Whether this view shows that note (a spotlight moves to another note by a new view). */
    boolean shows(BoardContent.Card other) {
        return card.id().equals(other.id());
    }

    BoardContent.Card card() {
        return card;
    }

    /** Draws the card again, e.g. when the screen's buttons change because the board closed. */
    void redraw() {
        render(true);
    }

    void update(BoardContent.Card next) {
        if (next.equals(card)) {
            return;
        }
        // A new count of dots changes one attribute; the buttons stay (rebuilding them for every
        // dot on every screen was most of what a vote cost).
        boolean sameButtons = onlyDotsDiffer(card, next);
        card = next;
        render(!sameButtons);
    }

    /** Sets only what changed, so an edited note sends one attribute, not the whole card. */
    private void render(boolean withButtons) {
        setId(fixedId != null ? fixedId : "note-" + card.id().value());
        setClassName("note-moderated", card.moderated());
        setClassName("note-mine", card.mine());
        setClassName("note-unrevealed", card.unrevealed());
        set(TEXT, card.text());
        set(AUTHOR, authorLabel());
        set(ROLE, getTranslation(card.authorRole().labelKey()));
        set(
                TIME,
                Dates.time(card.placedAt(), getLocale())
                        + (card.edited() ? " · " + getTranslation("note.edited") : ""));
        set(BADGE, badge());
        set(
                CONSENT,
                card.consent() == null ? null : getTranslation(card.consent().labelKey()));
        BoardContent.Extras extras = card.extras();
        set(GROUP, groupName == null ? null : getTranslation("note.group", groupName));
        set(VOTES, votes(extras));
        set(MERGED, extras.merged().isEmpty() ? null : merged(extras.merged()));
        if (!withButtons) {
            return;
        }
        if (actionBar != null) {
            getElement().removeChild(actionBar.getElement());
            actionBar = null;
        }
        List<Component> buttons = actions.apply(card);
        if (!buttons.isEmpty()) {
            actionBar = new Div();
            actionBar.addClassName("note-actions");
            buttons.forEach(actionBar::add);
            getElement().appendChild(actionBar.getElement());
        }
    }

    private void set(String attribute, @Nullable String value) {
        Element element = getElement();
        if (Objects.equals(element.getAttribute(attribute), value)) {
            return;
        }
        if (value == null) {
            element.removeAttribute(attribute);
        } else {
            element.setAttribute(attribute, value);
        }
    }

    /** The name of the card's group, set by the screen (groups are the board's, not the card's). */
    void group(@Nullable String name) {
        if (Objects.equals(groupName, name)) {
            return;
        }
        groupName = name;
        set(GROUP, name == null ? null : getTranslation("note.group", name));
    }

    /** Which dot buttons the card shows (null: none), set by the screen like the group. */
    void dots(@Nullable String buttons) {
        set(VOTE, buttons);
    }

    private @Nullable String votes(BoardContent.Extras extras) {
        if (extras.votes() < 0) {
            return extras.myVotes() > 0 ? getTranslation("note.votes.mine", extras.myVotes()) : null;
        }
        if (extras.votes() == 0 && extras.myVotes() == 0) {
            return null;
        }
        return extras.myVotes() > 0
                ? getTranslation("note.votes.with-mine", extras.votes(), extras.myVotes())
                : getTranslation("note.votes", extras.votes());
    }

    private String merged(List<BoardContent.Merged> merged) {
        List<String> texts = new ArrayList<>(merged.size());
        for (BoardContent.Merged note : merged) {
            String author = note.mine()
                    ? getTranslation("note.author.me")
                    : note.authorName() == null || note.authorAnonymous()
                            ? getTranslation(note.authorRole().labelKey())
                            : note.authorName() + " · "
                                    + getTranslation(note.authorRole().labelKey());
            texts.add(note.text() + " — " + author);
        }
        return JSON.writeValueAsString(texts);
    }

    private @Nullable String badge() {
        List<String> badges = new ArrayList<>(2);
        if (card.unrevealed()) {
            badges.add(getTranslation(card.mine() ? "note.unrevealed-for-author" : "note.unrevealed-badge"));
        }
        if (card.moderated()) {
            // The author learns why their note left the other screens; the facilitator sees a label.
            badges.add(getTranslation(card.mine() ? "note.moderated-for-author" : "note.moderated-badge"));
        }
        if (card.facilitatorOnly()) {
            badges.add(getTranslation("consent.facilitator-only"));
        }
        return badges.isEmpty() ? null : String.join(" · ", badges);
    }

    private String authorLabel() {
        if (card.mine()) {
            return getTranslation("note.author.me");
        }
        if (card.authorName() == null) {
            return getTranslation("note.author.anonymous");
        }
        return card.authorAnonymous()
                ? getTranslation("note.author.anonymous-to-others", card.authorName())
                : card.authorName();
    }
}
