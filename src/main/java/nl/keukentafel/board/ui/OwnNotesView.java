package nl.keukentafel.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.ui.Confirmations;
import nl.keukentafel.base.ui.LanguageSwitch;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardRecord;
import nl.keukentafel.board.ConsentService;
import nl.keukentafel.board.ErasureService;
import nl.keukentafel.board.JoiningService;
import nl.keukentafel.board.ParticipantPass;
import nl.keukentafel.conversation.ConversationId;
import nl.keukentafel.privacy.ui.PrivacyNavigation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * <i>Mijn notities</i>: a participant's own notes at every table this browser sat at, live or
 * closed, found by the secrets the browser keeps (or the one in the link shown at close). Per note
 * the participant changes their choice; per conversation they download their notes (right of
 * access) or erase themselves. Nothing else of the board is shown.
 */
@Route(value = OwnNotesView.ROUTE, autoLayout = false)
@AnonymousAllowed
class OwnNotesView extends Main implements HasDynamicTitle {

    static final String ROUTE = "my-notes";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JoiningService joining;
    private final ConsentService consents;
    private final ErasureService erasure;
    private final Div content = new Div();

    OwnNotesView(JoiningService joining, ConsentService consents, ErasureService erasure) {
        this.joining = joining;
        this.consents = consents;
        this.erasure = erasure;
        addClassName("own-notes-view");
        addClassName("resident-screen");
        content.add(new Paragraph(getTranslation("own-notes.looking")));
        Anchor privacy = new Anchor(PrivacyNavigation.link(), getTranslation("privacy.link"));
        privacy.addClassName("privacy-link");
        Button forget = new Button(getTranslation("own-notes.forget"), e -> forgetThisDevice());
        forget.addThemeVariants(ButtonVariant.TERTIARY);
        forget.setId("forget-device");
        add(new LanguageSwitch(), new H1(getTranslation("own-notes.title")), content, new Div(privacy, forget));
    }

    /** On a shared tablet: this browser forgets every seat, so the next person sees nothing of it. */
    private void forgetThisDevice() {
        getElement()
                .executeJs("Object.keys(localStorage).filter(k => k.startsWith('kt-participant-'))"
                        + ".forEach(k => localStorage.removeItem(k))");
        content.removeAll();
        content.add(new Paragraph(getTranslation("own-notes.forgotten")));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // The secrets this browser keeps, plus one from a link's fragment; the fragment is then
        // removed from the address bar so it does not stay in view.
        getElement().executeJs("""
                        const secrets = Object.keys(localStorage)
                            .filter(k => k.startsWith('kt-participant-'))
                            .map(k => localStorage.getItem(k));
                        if (location.hash.length > 1) {
                            try {
                                const secret = decodeURIComponent(location.hash.substring(1));
                                secrets.push(secret);
                                // A phone that scanned the code keeps it, to come back later.
                                localStorage.setItem('kt-participant-link-' + secret.substring(0, 8), secret);
                            } catch (e) {
                                // A damaged link: show what this browser has.
                            }
                            history.replaceState(null, '', location.pathname);
                        }
                        return JSON.stringify(secrets);
                        """).then(String.class, this::show);
    }

    /** Shows the notes of every seat whose secret is in the list (a JSON array from the browser). */
    void show(String secretsJson) {
        List<String> secrets;
        try {
            secrets = JSON.readValue(secretsJson, new TypeReference<List<String>>() {});
        } catch (RuntimeException e) {
            secrets = List.of();
        }
        Map<ConversationId, ParticipantPass> seats = new LinkedHashMap<>();
        for (String secret : secrets.stream().limit(50).toList()) {
            if (secret == null) {
                continue;
            }
            joining.seatOf(secret).ifPresent(pass -> seats.putIfAbsent(pass.conversationId(), pass));
        }
        content.removeAll();
        if (seats.isEmpty()) {
            content.add(new Paragraph(getTranslation("own-notes.none")));
            return;
        }
        seats.values().forEach(pass -> content.add(conversation(pass)));
    }

    private Section conversation(ParticipantPass pass) {
        BoardRecord own = consents.ownNotes(pass);
        Section section = new Section();
        section.addClassName("own-notes-conversation");
        section.setId("own-notes-" + pass.conversationId().value());
        H2 title = new H2(own.conversation().title());
        Paragraph meta = new Paragraph(getTranslation(
                own.content().isClosed() ? "own-notes.closed" : "own-notes.live",
                Dates.dateTime(own.conversation().startsAt(), getLocale())));
        section.add(title, meta);
        List<BoardContent.Card> notes = own.content().notes();
        if (notes.isEmpty()) {
            section.add(new Paragraph(getTranslation("own-notes.no-notes")));
        }
        for (BoardContent.Card card : notes) {
            section.add(note(pass, card));
        }
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] text = plainText(consents.downloadOwnNotes(pass)).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(text),
                            "mijn-notities.txt",
                            "text/plain; charset=utf-8",
                            text.length);
                }),
                getTranslation("own-notes.download"));
        download.addClassName("own-notes-download");
        download.setId("download-" + pass.conversationId().value());
        Button erase = new Button(getTranslation("own-notes.erase"), e -> confirmErase(pass, section));
        erase.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.LARGE);
        erase.setId("erase-me-" + pass.conversationId().value());
        Div actions = new Div(download, erase);
        actions.addClassName("own-notes-actions");
        section.add(actions);
        return section;
    }

    private Component note(ParticipantPass pass, BoardContent.Card card) {
        Paragraph text = new Paragraph(card.text());
        text.addClassName("consent-note-text");
        Div box = new Div(text);
        box.addClassName("own-note");
        box.setId("own-note-" + card.id().value());
        Optional<String> state = card.withdrawn()
                ? Optional.of("own-notes.withdrawn")
                : card.moderated() ? Optional.of("own-notes.moderated") : Optional.empty();
        state.ifPresent(key -> {
            Paragraph label = new Paragraph(getTranslation(key));
            label.addClassName("own-note-state");
            box.add(label);
        });
        if (card.facilitatorOnly()) {
            Paragraph only = new Paragraph(getTranslation("consent.facilitator-only"));
            only.addClassName("own-note-state");
            box.add(only);
        }
        if (!card.withdrawn()) {
            ConsentChoice choice = new ConsentChoice(
                    getTranslation("consent.question"),
                    ConsentChoice.of(card),
                    tier -> consents.changeConsent(pass, card.id(), tier));
            choice.setId("own-consent-" + card.id().value());
            box.add(choice);
        }
        return box;
    }

    private void confirmErase(ParticipantPass pass, Section section) {
        Confirmations.confirmDestructive(
                getTranslation("own-notes.erase-title"),
                getTranslation("own-notes.erase-explain"),
                getTranslation("own-notes.erase"),
                () -> {
                    if (Notifications.attempt(() -> erasure.eraseSelf(pass))) {
                        section.removeAll();
                        section.add(new Paragraph(getTranslation("own-notes.erased")));
                    }
                });
    }

    /** The participant's copy of their notes: plain text, in their language. */
    private String plainText(BoardRecord own) {
        StringBuilder text = new StringBuilder();
        text.append(getTranslation("own-notes.file.title", own.conversation().title()))
                .append("\n");
        text.append(Dates.dateTime(own.conversation().startsAt(), getLocale())).append("\n\n");
        for (BoardContent.Card card : own.content().notes()) {
            text.append("- ").append(card.text()).append("\n  ");
            text.append(getTranslation(ConsentChoice.of(card).labelKey()));
            if (card.facilitatorOnly()) {
                text.append(" · ").append(getTranslation("consent.facilitator-only"));
            }
            if (card.withdrawn()) {
                text.append(" · ").append(getTranslation("own-notes.withdrawn"));
            }
            text.append(" · ")
                    .append(Dates.dateTime(card.placedAt(), getLocale()))
                    .append("\n");
        }
        text.append("\n").append(getTranslation("own-notes.file.footer")).append("\n");
        return text.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("own-notes.title") + " · " + getTranslation("app.name");
    }
}
