package nl.keukentafel.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.keukentafel.base.TryAgainLaterException;
import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.base.ui.Confirmations;
import nl.keukentafel.base.ui.LanguageSwitch;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.base.ui.ReadAloud;
import nl.keukentafel.base.ui.ScreenUpdates;
import nl.keukentafel.base.ui.TextSize;
import nl.keukentafel.base.ui.Texts;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardUpdate;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.FacilitationService;
import nl.keukentafel.board.JoiningService;
import nl.keukentafel.board.NoteAudience;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.NoteService;
import nl.keukentafel.board.NoteText;
import nl.keukentafel.board.ParticipantPass;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.board.VoteTarget;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Category;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.JoinCode;
import nl.keukentafel.privacy.ui.PrivacyNavigation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import tools.jackson.databind.ObjectMapper;

/**
 * The resident's tablet: write a note into a category, see the board, change or withdraw one's
 * own notes. The note form works in the browser (scripts/keukentafel-table.js): a note is kept in
 * the browser until the server confirms it, shown as "sending" meanwhile, and sent again after a
 * lost connection or a reload; the client-generated id makes a resend harmless. Text being typed
 * is kept in the browser too.
 */
@Route(value = "table/:" + TableView.CODE, autoLayout = false)
@AnonymousAllowed
class TableView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The route parameter with the table's join code. */
    static final String CODE = "code";

    /** What the note form sends for who may see a note. */
    static final String AUDIENCE_EVERYONE = "everyone";

    static final String AUDIENCE_FACILITATOR = "facilitator-only";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(TableView.class);

    private final JoiningService joining;
    private final NoteService notes;
    private final ConsentService consents;
    private final BoardWatchService watching;
    private final FacilitationService facilitation;
    private final ConsentRoundPanel round;
    private final StagePanel stage = new StagePanel(StagePanel.Screen.TABLET);
    private final JoinLinks.Links links;
    private final Div content = new Div();
    private final Div closedBanner = new Div();
    private final Div removedBanner = new Div();
    private final Paragraph anonymousReminder = new Paragraph();
    private final H1 title = new H1();
    private final Paragraph question = new Paragraph();
    private @Nullable JoinCode code;
    private @Nullable ParticipantPass pass;
    private @Nullable Registration watch;
    private @Nullable BoardColumns columns;
    private @Nullable Element composer;
    private boolean closed;
    /** What the composer and the cards' dot buttons were last drawn for. */
    private Set<Category> openCategories = Set.of();

    private boolean mayWrite = true;
    private BoardContent.@Nullable Voting voting;
    private final Map<Category, Element> categoryInputs = new HashMap<>();

    TableView(
            JoiningService joining,
            NoteService notes,
            ConsentService consents,
            FacilitationService facilitation,
            BoardWatchService watching,
            JoinLinks joinLinks) {
        this.links = joinLinks.forCurrentRequest();
        this.joining = joining;
        this.notes = notes;
        this.consents = consents;
        this.facilitation = facilitation;
        this.watching = watching;
        this.round = new ConsentRoundPanel(consents, () -> pass);
        addClassName("table-view");
        addClassName("resident-screen");
        closedBanner.addClassName("closed-banner");
        removedBanner.addClassName("table-removed");
        removedBanner.setId("table-removed");
        removedBanner.getElement().setAttribute("role", "status");
        removedBanner.setVisible(false);
        closedBanner.getElement().setAttribute("role", "status");
        closedBanner.setVisible(false);
        anonymousReminder.addClassName("anonymous-reminder");
        anonymousReminder.setId("anonymous-reminder");
        anonymousReminder.setText(getTranslation("table.anonymous-reminder"));
        anonymousReminder.setVisible(false);
        Div tools = new Div(new LanguageSwitch(), new TextSize());
        tools.addClassName("resident-tools");
        add(tools, content);
        // Kiosk mode, one tablet that goes round the table: see KioskMode.
        addComponentAtIndex(1, new KioskMode());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<JoinCode> parsed = event.getRouteParameters().get(CODE).flatMap(JoinCode::parse);
        if (parsed.isEmpty()) {
            event.forwardTo(JoinView.class);
            return;
        }
        code = parsed.get();
        pass = Passes.get(code).orElse(null);
        content.removeAll();
        if (pass == null) {
            content.add(new Paragraph(getTranslation("table.restoring")));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // "Lees voor" on every note card: the button's words, once per page (keukentafel-note.js).
        ReadAloud.load(attachEvent.getUI());
        attachEvent.getUI().getElement().setAttribute("data-note-read", getTranslation("read-aloud.button"));
        // The words of the dot buttons that keukentafel-note.js draws on the cards while choosing.
        attachEvent.getUI().getElement().setAttribute("data-vote-add", getTranslation("vote.add"));
        attachEvent.getUI().getElement().setAttribute("data-vote-remove", getTranslation("vote.remove"));
        attachEvent.getUI().getElement().setAttribute("data-vote-add-label", getTranslation("vote.add.label", "{0}"));
        attachEvent
                .getUI()
                .getElement()
                .setAttribute("data-vote-remove-label", getTranslation("vote.remove.label", "{0}"));
        if (code == null) {
            return;
        }
        if (pass != null) {
            open(attachEvent.getUI(), pass);
            return;
        }
        JoinCode joinCode = code;
        BrowserSeat.read(this, joinCode, secret -> {
            Optional<ParticipantPass> resumed = joining.resume(secret, joinCode);
            if (resumed.isEmpty()) {
                // A secret that does not fit this table (any more) must not send the browser back
                // here from the join view: forget it, then join anew.
                getUI().ifPresent(ui -> {
                    BrowserSeat.forget(ui, joinCode);
                    BoardNavigation.toJoin(ui, joinCode);
                });
                return;
            }
            Passes.put(joinCode, resumed.get());
            pass = resumed.get();
            getUI().ifPresent(ui -> open(ui, resumed.get()));
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (watch != null) {
            watch.remove();
            watch = null;
        }
    }

    private void open(UI ui, ParticipantPass participant) {
        Conversation conversation = watching.conversationOf(participant);
        content.removeAll();
        title.setText(conversation.title());
        question.setText(conversation.residentQuestion());
        question.addClassName("board-question");
        columns = new BoardColumns(conversation.template(), this::ownNoteActions);
        columns.votes(this::dotsOn);
        composer = composer(conversation.template());
        H2 boardTitle = new H2(getTranslation("table.board-title"));
        Div composerBox = new Div();
        composerBox.addClassName("composer-box");
        composerBox.getElement().appendChild(composer);
        Anchor ownNotes = new Anchor(OwnNotesView.ROUTE, getTranslation("own-notes.link"));
        ownNotes.addClassName("own-notes-link");
        ownNotes.setId("own-notes-link");
        Anchor privacy = new Anchor(PrivacyNavigation.link(), getTranslation("privacy.link"));
        privacy.addClassName("privacy-link");
        Anchor accessibility = new Anchor(PrivacyNavigation.accessibilityLink(), getTranslation("accessibility.link"));
        accessibility.addClassName("privacy-link");
        Div links = new Div(ownNotes, privacy, accessibility);
        links.addClassName("table-links");
        removedBanner.removeAll();
        removedBanner.add(new Paragraph(getTranslation("table.removed")));
        content.add(
                title,
                question,
                anonymousReminder,
                closedBanner,
                removedBanner,
                stage,
                round,
                composerBox,
                boardTitle,
                columns,
                links);
        watch = watching.followAsParticipant(
                participant, new ScreenUpdates<>(ui, BoardUpdate::seq, update -> render(update.content())));
        getElement().executeJs("""
                const host = this, code = $0, src = $1;
                const go = () => window.keukentafel.table.init(host, code);
                if (window.keukentafel && window.keukentafel.table) { go(); return; }
                const script = document.createElement('script');
                script.src = src;
                script.onload = go;
                document.head.appendChild(script);
                """, code.value(), "scripts/keukentafel-table.js");
        // Vaadin keeps each screen's last response so it can resend it; for a tablet that is the whole
        // first render of the board. A tiny follow-up request from the browser replaces it, which
        // keeps the server's memory per resident small (docs/adr/0007, README "Performance").
        getElement().executeJs("this.$server.boardShown()");
    }

    private void render(BoardContent view) {
        boolean wasClosed = closed;
        closed = view.isClosed();
        Texts.update(title, view.title());
        Texts.update(question, view.residentQuestion());
        if (closed != closedBanner.isVisible()) {
            closedBanner.removeAll();
            if (closed) {
                closedBanner.add(new Paragraph(getTranslation("table.closed")), closingLink());
            }
            closedBanner.setVisible(closed);
        }
        round.show(view);
        boolean removed = view.participants().stream().anyMatch(seat -> seat.you() && seat.removed());
        boolean anonymous = view.participants().stream().anyMatch(seat -> seat.you() && seat.anonymous());
        if (anonymous != anonymousReminder.isVisible()) {
            anonymousReminder.setVisible(anonymous);
        }
        if (removed != removedBanner.isVisible()) {
            removedBanner.setVisible(removed);
        }
        boolean noWriting = closed || removed;
        if (composer != null && composer.hasAttribute("hidden") != noWriting) {
            composer.setAttribute("hidden", noWriting);
        }
        TableRole role = view.participants().stream()
                .filter(BoardContent.Seat::you)
                .map(BoardContent.Seat::role)
                .findFirst()
                .orElse(null);
        stage.show(view, role);
        showWhereNotesGo(view.facilitation(), role);
        voting = view.facilitation().voting();
        if (columns != null) {
            columns.show(view);
            if (wasClosed != closed) {
                columns.redrawActions();
            }
        }
    }

    /**
     * Shown when the conversation closes: the way to the participant's own notes later, on this
     * browser (the link) or another (the QR code, which carries this browser's secret in the
     * address's fragment; browsers never send a fragment to a server). It can be printed for a
     * participant who used a shared tablet.
     */
    private Div closingLink() {
        Div box = new Div();
        box.addClassName("own-notes-closing");
        Anchor link = new Anchor(OwnNotesView.ROUTE, getTranslation("own-notes.closing-link"));
        link.setId("own-notes-closing-link");
        Button print = new Button(
                getTranslation("own-notes.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.TERTIARY);
        // The code carries this browser's secret: only on request, so nobody photographs it by chance.
        Button showCode = new Button(getTranslation("own-notes.show-code"));
        showCode.setId("show-own-notes-code");
        showCode.addClickListener(e -> {
            JoinCode joinCode = code;
            if (joinCode == null) {
                return;
            }
            BrowserSeat.read(this, joinCode, secret -> {
                if (!secret.isBlank()) {
                    box.addComponentAtIndex(
                            1, QrCode.image(links.ownNotesUrl(secret), getTranslation("own-notes.qr-alt")));
                    showCode.setVisible(false);
                }
            });
        });
        box.add(new Paragraph(getTranslation("own-notes.closing")), link, showCode, print);
        return box;
    }

    /** The browser's follow-up after the first render; the request itself is what matters. */
    @ClientCallable
    void boardShown() {
        // Nothing to do: this request's small response replaces Vaadin's copy of the large first one.
    }

    /**
     * Called by the browser for every note in its outbox, with the author's choices; answers "saved",
     * "error:" + message (refused: the tablet never sends it again by itself), "wait:" + milliseconds
     * + ":" + message (a limit: it sends it again after the wait) or "retry" (the database is away
     * for a moment). A value the form cannot send is refused, and nothing is stored.
     */
    @ClientCallable
    String submitNote(String clientId, String category, String text, String consent, String audience) {
        if (pass == null) {
            return "error:" + getTranslation("table.error.not-joined");
        }
        try {
            Category chosen =
                    Category.parse(category).orElseThrow(() -> new UserMessageException("note.error.category"));
            ConsentTier tier =
                    ConsentTier.parse(consent).orElseThrow(() -> new UserMessageException("consent.error.invalid"));
            NoteAudience who = switch (String.valueOf(audience)) {
                case AUDIENCE_EVERYONE -> NoteAudience.EVERYONE;
                case AUDIENCE_FACILITATOR -> NoteAudience.FACILITATOR_ONLY;
                default -> throw new UserMessageException("consent.error.invalid");
            };
            notes.addNote(pass, UUID.fromString(clientId), chosen, new NoteText(text), tier, who);
            return "saved";
        } catch (TryAgainLaterException e) {
            // A limit: the tablet keeps the note and sends it again by itself after the wait.
            return "wait:" + e.retryAfter().toMillis() + ":" + getTranslation(e.messageKey(), e.params());
        } catch (UserMessageException e) {
            return "error:" + getTranslation(e.messageKey(), e.params());
        } catch (IllegalArgumentException e) {
            return "error:" + getTranslation("error.unexpected");
        } catch (DataAccessException | TransactionException e) {
            // The database is away for a moment: the note stays in the outbox and goes again.
            log.warn("Could not place a note now, the tablet sends it again: {}", e.getMessage());
            return "retry";
        }
    }

    /**
     * Which categories take a note now (the phase decides), and whether this participant may write
     * at all (residents first). The server refuses anything else; this only saves a wasted try.
     */
    private void showWhereNotesGo(BoardContent.Facilitation facilitation, @Nullable TableRole role) {
        Element form = composer;
        if (form == null) {
            return;
        }
        boolean heldBack =
                facilitation.residentsFirst() && role != TableRole.RESIDENT && role != TableRole.ON_BEHALF_OF_RESIDENT;
        boolean writes = !heldBack && !facilitation.openCategories().isEmpty();
        if (facilitation.openCategories().equals(openCategories) && writes == mayWrite) {
            return;
        }
        openCategories = facilitation.openCategories();
        mayWrite = writes;
        categoryInputs.forEach((category, input) -> input.setAttribute("disabled", !openCategories.contains(category)));
        form.setAttribute("data-writes", writes ? "true" : "false");
        form.setAttribute(
                "data-closed-text",
                getTranslation(heldBack ? "table.error.residents-first" : "note.error.phase-closed"));
        // Keep the choice on a category that takes notes now.
        form.executeJs("""
                const chosen = this.querySelector('input[name=category]:checked');
                if (!chosen || chosen.disabled) {
                  const open = this.querySelector('input[name=category]:not([disabled])');
                  if (open) { open.checked = true; }
                }""");
    }

    private Element composer(BoardTemplate template) {
        categoryInputs.clear();
        openCategories = Set.of();
        mayWrite = true;
        Element form = new Element("form");
        form.setAttribute("class", "composer");
        form.setAttribute("novalidate", true);
        form.setAttribute("data-texts", texts());
        form.setAttribute("data-max", String.valueOf(NoteText.MAX_LENGTH));

        Element fieldset = new Element("fieldset");
        fieldset.appendChild(new Element("legend").setText(getTranslation("table.choose-category")));
        boolean first = true;
        for (Category category : template.categories()) {
            Element input = new Element("input");
            input.setAttribute("type", "radio");
            input.setAttribute("name", "category");
            input.setAttribute("value", category.key());
            input.setAttribute("id", "choose-" + category.key());
            categoryInputs.put(category, input);
            if (first) {
                input.setAttribute("checked", true);
                first = false;
            }
            Element label = new Element("label");
            label.setAttribute("for", "choose-" + category.key());
            label.setAttribute("class", "category-choice");
            Element name = new Element("span").setText(getTranslation(category.labelKey()));
            name.setAttribute("class", "category-name");
            Element hint = new Element("span").setText(getTranslation(category.hintKey()));
            hint.setAttribute("class", "category-hint");
            label.appendChild(name, hint);
            Element choice = new Element("div");
            choice.setAttribute("class", "category-option");
            String categoryName = getTranslation(category.labelKey());
            ReadAloud read = new ReadAloud(categoryName, categoryName + ". " + getTranslation(category.hintKey()));
            choice.appendChild(input, label, read.getElement());
            fieldset.appendChild(choice);
        }

        Element textLabel = new Element("label").setText(getTranslation("table.note-label"));
        textLabel.setAttribute("for", "note-text");
        Element textarea = new Element("textarea");
        textarea.setAttribute("id", "note-text");
        textarea.setAttribute("rows", "4");
        textarea.setAttribute("aria-describedby", "note-counter");
        Element counter = new Element("span");
        counter.setAttribute("id", "note-counter");
        counter.setAttribute("class", "composer-counter");
        Element send = new Element("button").setText(getTranslation("table.send"));
        send.setAttribute("type", "submit");
        send.setAttribute("class", "composer-send");
        send.setAttribute("id", "send-note");
        Element status = new Element("p");
        status.setAttribute("class", "composer-status");
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        Element consentSet = consentChoices();
        Element only = new Element("input");
        only.setAttribute("type", "checkbox");
        only.setAttribute("id", "facilitator-only");
        only.setAttribute("name", "audience");
        only.setAttribute("value", AUDIENCE_FACILITATOR);
        only.setAttribute("aria-describedby", "facilitator-only-hint");
        Element onlyLabel = new Element("label");
        onlyLabel.setAttribute("for", "facilitator-only");
        onlyLabel.setAttribute("class", "audience-choice");
        onlyLabel.appendChild(
                icon(VaadinIcon.EYE_SLASH), new Element("span").setText(getTranslation("consent.facilitator-only")));
        Element onlyHint = new Element("span").setText(getTranslation("consent.facilitator-only.hint"));
        onlyHint.setAttribute("id", "facilitator-only-hint");
        onlyHint.setAttribute("class", "category-hint");
        Element onlyBox = new Element("div");
        onlyBox.setAttribute("class", "audience-option");
        onlyBox.appendChild(only, onlyLabel, onlyHint);
        Element outbox = new Element("ul");
        outbox.setAttribute("class", "outbox");
        outbox.setAttribute("aria-label", getTranslation("table.outbox"));
        form.appendChild(fieldset, textLabel, textarea, counter, consentSet, onlyBox, send, status, outbox);
        return form;
    }

    /** The three consent choices as plain radio buttons that the browser's form script reads. */
    private Element consentChoices() {
        Element fieldset = new Element("fieldset");
        fieldset.setAttribute("class", "consent-set");
        fieldset.appendChild(new Element("legend").setText(getTranslation("consent.question")));
        for (ConsentTier tier : ConsentTier.values()) {
            Element input = new Element("input");
            input.setAttribute("type", "radio");
            input.setAttribute("name", "consent");
            input.setAttribute("value", tier.key());
            input.setAttribute("id", "consent-" + tier.key());
            if (tier == ConsentTier.TABLE_ONLY) {
                input.setAttribute("checked", true);
            }
            Element label = new Element("label");
            label.setAttribute("for", "consent-" + tier.key());
            label.setAttribute("class", "category-choice consent-label");
            label.appendChild(
                    ConsentChoice.icon(tier).getElement(),
                    new Element("span").setText(getTranslation(tier.labelKey())));
            Element choice = new Element("div");
            choice.setAttribute("class", "category-option");
            choice.appendChild(input, label);
            fieldset.appendChild(choice);
        }
        Element privacy = new Element("a").setText(getTranslation("privacy.link"));
        privacy.setAttribute("href", PrivacyNavigation.link());
        privacy.setAttribute("target", "_blank");
        privacy.setAttribute("class", "privacy-link");
        fieldset.appendChild(privacy);
        return fieldset;
    }

    private static Element icon(VaadinIcon which) {
        Element icon = which.create().getElement();
        icon.setAttribute("aria-hidden", "true");
        icon.setAttribute("class", "consent-icon");
        return icon;
    }

    private String texts() {
        Map<String, String> texts = Map.of(
                "sending", getTranslation("table.sending"),
                "notSent", getTranslation("table.not-sent"),
                "remove", getTranslation("table.remove"),
                "change", getTranslation("table.change-refused"),
                "empty", getTranslation("note.error.empty"),
                "tooLong", getTranslation("table.too-long"),
                "counter", getTranslation("table.counter"),
                "placed", getTranslation("table.placed"));
        return JSON.writeValueAsString(texts);
    }

    /**
     * The dot buttons a card shows while choosing (drawn in the browser by keukentafel-note.js, so a
     * dot costs each screen one attribute, not a set of components): "add", "remove" or both.
     */
    private @Nullable String dotsOn(BoardContent.Card card) {
        BoardContent.Voting now = voting;
        if (now == null
                || !now.open()
                || closed
                || pass == null
                || card.unrevealed()
                || card.moderated()
                || card.facilitatorOnly()) {
            return null;
        }
        String add = now.left() > 0 ? "add" : "";
        String remove = card.extras().myVotes() > 0 ? "remove" : "";
        return (add + " " + remove).strip();
    }

    /** Called by a card's dot button: one of the participant's dots on the note, or one back. */
    @ClientCallable
    void vote(String noteId, boolean add) {
        ParticipantPass participant = pass;
        if (participant == null) {
            return;
        }
        try {
            VoteTarget target = VoteTarget.note(new NoteId(Long.parseLong(noteId)));
            Notifications.attempt(() -> {
                if (add) {
                    facilitation.vote(participant, UUID.randomUUID(), target);
                } else {
                    facilitation.unvote(participant, target);
                }
            });
        } catch (NumberFormatException e) {
            Notifications.attempt(() -> {
                throw new UserMessageException("note.error.not-found");
            });
        }
    }

    private List<Component> ownNoteActions(BoardContent.Card card) {
        if (!card.mine() || pass == null) {
            return List.of();
        }
        ParticipantPass participant = pass;
        Button consent = new Button(getTranslation("consent.change"), e -> openConsent(participant, card));
        consent.addThemeVariants(ButtonVariant.TERTIARY);
        consent.setId("consent-note-" + card.id().value());
        if (closed) {
            return List.of(consent);
        }
        Paragraph saved = new Paragraph(getTranslation("table.saved"));
        saved.addClassName("note-saved");
        Button edit = new Button(getTranslation("table.edit"), e -> openEdit(participant, card));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setId("edit-note-" + card.id().value());
        Button withdraw = new Button(getTranslation("table.withdraw"), e -> confirmWithdraw(participant, card));
        withdraw.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        withdraw.setId("withdraw-note-" + card.id().value());
        if (card.moderated()) {
            // Set aside by the facilitator: the author may still take it away or change the consent.
            return List.of(withdraw, consent);
        }
        return List.of(saved, edit, withdraw, consent);
    }

    private void openConsent(ParticipantPass participant, BoardContent.Card card) {
        Dialog dialog = new Dialog(getTranslation("consent.change-title"));
        Paragraph text = new Paragraph(card.text());
        text.addClassName("consent-note-text");
        ConsentChoice choice = new ConsentChoice(
                getTranslation("consent.question"),
                ConsentChoice.of(card),
                tier -> consents.changeConsent(participant, card.id(), tier));
        choice.setId("consent-choice");
        Button done = new Button(getTranslation("action.done"), e -> dialog.close());
        done.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        dialog.add(text, choice);
        dialog.getFooter().add(done);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void openEdit(ParticipantPass participant, BoardContent.Card card) {
        Dialog dialog = new Dialog(getTranslation("table.edit-title"));
        TextArea text = new TextArea(getTranslation("table.note-label"));
        text.setValue(card.text());
        text.setMaxLength(NoteText.MAX_LENGTH);
        text.setWidthFull();
        text.setId("edit-note-text");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                notes.editNote(participant, card.id(), new NoteText(text.getValue()));
                dialog.close();
            } catch (UserMessageException ex) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(ex.messageKey(), ex.params()));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        save.setId("save-note");
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LARGE);
        dialog.add(text);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void confirmWithdraw(ParticipantPass participant, BoardContent.Card card) {
        Confirmations.confirmDestructive(
                getTranslation("table.withdraw-title"),
                getTranslation("table.withdraw-explain"),
                getTranslation("table.withdraw"),
                () -> Notifications.attempt(() -> notes.withdrawNote(participant, card.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("table.title") + " · " + getTranslation("app.name");
    }
}
