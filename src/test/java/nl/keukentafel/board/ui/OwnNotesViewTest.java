package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Locale;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardHistory;
import nl.keukentafel.board.ConsentTier;
import nl.keukentafel.board.Joined;
import nl.keukentafel.board.JoiningService;
import nl.keukentafel.board.NoteAudience;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.ReadPurpose;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.AsStaff;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OwnNotesViewTest extends KaribuTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    BoardHistory history;

    @Autowired
    JoiningService joining;

    private String facilitator;
    private Conversation closed;
    private Joined anna;
    private NoteId released;
    private NoteId tableOnly;

    @BeforeEach
    void aClosedConversationWithTwoOfAnnasNotes() {
        facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Na afloop");
        anna = fixture.join(live, "Anna", false, TableRole.RESIDENT);
        Joined bert = fixture.join(live, "Bert Ander", false, TableRole.RESIDENT);
        released = fixture.note(anna, "experience", "Mag in het verslag", ConsentTier.REPORT, NoteAudience.EVERYONE);
        tableOnly = fixture.note(anna, "ideas", "Alleen hier");
        fixture.note(bert, "experience", "Van Bert");
        closed = fixture.close(facilitator, live);
    }

    private OwnNotesView open(String secretsJson) {
        navigate(OwnNotesView.ROUTE);
        OwnNotesView view = _get(OwnNotesView.class);
        view.show(secretsJson);
        return view;
    }

    @Test
    void afterCloseTheBrowsersSecretShowsOnlyTheParticipantsOwnNotesWithTheirChoices() {
        open("[\"" + anna.browserSecret() + "\", \"onbekend\"]");

        Section section = _get(
                Section.class, spec -> spec.withId("own-notes-" + closed.id().value()));
        assertThat(section.getElement().getTextRecursively())
                .contains("Na afloop", "Mag in het verslag", "Alleen hier")
                .doesNotContain("Van Bert");
        assertThat(_get(ConsentChoice.class, spec -> spec.withId("own-consent-" + released.value()))
                        .getValue())
                .isEqualTo(ConsentTier.REPORT);
        assertThat(_get(ConsentChoice.class, spec -> spec.withId("own-consent-" + tableOnly.value()))
                        .getValue())
                .isEqualTo(ConsentTier.TABLE_ONLY);
        assertThat(_get(
                                Anchor.class,
                                spec -> spec.withId("download-" + closed.id().value()))
                        .getText())
                .isEqualTo("Download mijn notities");
    }

    @Test
    void withdrawingConsentAfterCloseTakesTheNoteOutOfTheArchive() {
        open("[\"" + anna.browserSecret() + "\"]");

        _setValue(
                _get(ConsentChoice.class, spec -> spec.withId("own-consent-" + released.value())),
                ConsentTier.TABLE_ONLY);

        List<BoardContent.Card> archived = AsStaff.call(
                        fixture.teamMember(),
                        StaffRole.TEAM_MEMBER,
                        () -> history.read(closed.id(), ReadPurpose.ARCHIVE, Locale.of("nl")))
                .content()
                .notes();
        assertThat(archived).isEmpty();
    }

    @Test
    void aParticipantErasesThemselvesAfterConfirming() {
        open("[\"" + anna.browserSecret() + "\"]");

        _click(_get(Button.class, spec -> spec.withId("erase-me-" + closed.id().value())));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(
                                Section.class,
                                spec -> spec.withId("own-notes-" + closed.id().value()))
                        .getElement()
                        .getTextRecursively())
                .contains("U en uw notities zijn gewist.")
                .doesNotContain("Mag in het verslag");
        assertThat(joining.seatOf(anna.browserSecret())).isEmpty();
    }

    @Test
    void withoutAKnownSecretThePageSaysSoInPlainWords() {
        open("[]");

        assertThat(_find(Section.class)).isEmpty();
        assertThat(_get(OwnNotesView.class).getElement().getTextRecursively())
                .contains("We vinden geen notities van u op dit apparaat.");
    }

    @Test
    void onASharedTabletTheDeviceForgetsEverySeat() {
        open("[\"" + anna.browserSecret() + "\"]");

        _click(_get(Button.class, spec -> spec.withId("forget-device")));

        assertThat(_find(Section.class)).isEmpty();
        assertThat(_get(OwnNotesView.class).getElement().getTextRecursively())
                .contains("Dit apparaat onthoudt geen notities meer.");
        // Only the browser forgets: the notes themselves are still there for their author.
        assertThat(joining.seatOf(anna.browserSecret())).isPresent();
    }

    @Test
    void aMalformedAnswerFromTheBrowserShowsNothingAndNoError() {
        open("{niet goed");

        assertThat(_find(Section.class)).isEmpty();
    }
}
