package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import nl.keukentafel.board.BoardContent;
import nl.keukentafel.board.BoardWatchService;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import nl.keukentafel.support.MockedClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JoinViewTest extends KaribuTest {

    private static final String UNKNOWN_CODE =
            "Deze code kennen we niet, of het gesprek is al afgelopen. Kijk nog eens goed naar de code op het scherm.";

    @Autowired
    BoardFixture fixture;

    @Autowired
    BoardWatchService boards;

    private String facilitator;
    private Conversation live;

    @BeforeEach
    void aLiveConversationAndAVisitorWithoutAnAccount() {
        MockedClient.useOwnAddress();
        facilitator = fixture.facilitator();
        live = fixture.live(facilitator, "Samen aan tafel");
    }

    private static TextField codeField() {
        return _get(TextField.class, spec -> spec.withId("join-code-input"));
    }

    private static TextField nameField() {
        return _get(TextField.class, spec -> spec.withId("join-name"));
    }

    private static void typeCode(String code) {
        _setValue(codeField(), code);
        _click(_get(Button.class, spec -> spec.withId("join-code-next")));
    }

    private BoardContent board() {
        return BoardScreens.asFacilitator(boards, facilitator, live.id());
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void aWrongCodeShowsTheUnknownCodeErrorOnTheCodeField() {
        navigate("join");

        typeCode("ZZZ-ZZZ");

        TextField code = codeField();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(UNKNOWN_CODE);
        assertThat(code.getValue()).isEqualTo("ZZZ-ZZZ");
        _assertNone(TextField.class, spec -> spec.withId("join-name"));
    }

    @Test
    void aTypedCodeInLowerCaseLeadsToTheNameStepOfItsConversation() {
        navigate("join");
        assertThat(codeField().isInvalid()).isFalse();

        typeCode(live.joinCode().display().toLowerCase());

        assertThat(nameField().getValue()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("join-conversation"))
                        .getText())
                .isEqualTo("Gesprek: Samen aan tafel");
    }

    @Test
    void theLinkInTheQrCodeOpensTheNameStepDirectly() {
        navigate("join/" + live.joinCode().value());

        assertThat(nameField().getLabel()).isEqualTo("Uw naam (mag ook alleen uw voornaam)");
        _assertNone(TextField.class, spec -> spec.withId("join-code-input"));
    }

    @Test
    void joiningAnonymouslyCreatesAParticipantAndOpensTheTable() {
        JoinFlow.open(live.joinCode());
        JoinFlow.name("Sanne Stil", true);
        JoinFlow.role("een bewoner");
        assertThat(_find(ListItem.class)).hasSize(7);

        JoinFlow.accept();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TableView.class);
        assertThat(currentPath()).isEqualTo("table/" + live.joinCode().value());
        assertThat(board().participants()).singleElement().satisfies(seat -> {
            assertThat(seat.name()).isEqualTo("Sanne Stil");
            assertThat(seat.anonymous()).isTrue();
            assertThat(seat.role()).isEqualTo(TableRole.RESIDENT);
        });
    }

    @Test
    void joiningWithANameSeatsTheParticipantInTheChosenRole() {
        JoinFlow.join(
                live.joinCode(),
                "  Piet Beleid  ",
                false,
                "iemand die regels en plannen maakt, bijvoorbeeld bij de gemeente");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TableView.class);
        assertThat(board().participants()).singleElement().satisfies(seat -> {
            assertThat(seat.name()).isEqualTo("Piet Beleid");
            assertThat(seat.anonymous()).isFalse();
            assertThat(seat.role()).isEqualTo(TableRole.POLICY_MAKER);
        });
    }

    @Test
    void someoneWhoStaysAnonymousNeedNotGiveAName() {
        JoinFlow.join(live.joinCode(), "", true, "mantelzorger");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TableView.class);
        assertThat(board().participants()).singleElement().satisfies(seat -> {
            assertThat(seat.name()).isNull();
            assertThat(seat.anonymous()).isTrue();
            assertThat(seat.role()).isEqualTo(TableRole.ON_BEHALF_OF_RESIDENT);
        });
    }

    @Test
    void anEmptyNameWithoutStayingAnonymousShowsTheNameRequiredError() {
        JoinFlow.open(live.joinCode());

        JoinFlow.name("   ", false);

        assertThat(nameField().isInvalid()).isTrue();
        assertThat(nameField().getErrorMessage()).isEqualTo("Vul uw naam in, of kies \"Ik blijf anoniem\".");
        _assertNone(RadioButtonGroup.class);
        assertThat(board().participants()).isEmpty();
    }

    @Test
    void goingOnWithoutARoleShowsTheRoleRequiredError() {
        JoinFlow.open(live.joinCode());
        JoinFlow.name("Anna", false);

        _click(_get(Button.class, spec -> spec.withId("join-role-next")));

        RadioButtonGroup<?> roles = _get(RadioButtonGroup.class, spec -> spec.withId("join-role"));
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo("Kies wie u bent aan deze tafel.");
        _assertNone(Button.class, spec -> spec.withId("join-accept"));
    }

    @Test
    void afterClosingTheOldCodeGivesTheUnknownCodeError() {
        fixture.close(facilitator, live);

        navigate("join/" + live.joinCode().value());

        assertThat(codeField().isInvalid()).isTrue();
        assertThat(codeField().getErrorMessage()).isEqualTo(UNKNOWN_CODE);
        _assertNone(TextField.class, spec -> spec.withId("join-name"));
    }

    @Test
    void aConversationClosedDuringJoiningSeatsNobodyAndSaysTheCodeIsNoLongerKnown() {
        JoinFlow.open(live.joinCode());
        JoinFlow.name("Anna", false);
        JoinFlow.role("een bewoner");
        fixture.close(facilitator, live);

        JoinFlow.accept();

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(JoinView.class);
        assertThat(codeField().getErrorMessage()).isEqualTo(UNKNOWN_CODE);
        assertThat(board().participants()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<JoinChoice> roles() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("join-role"));
    }

    @Test
    void aReloadMidJoinSuchAsALanguageSwitchComesBackToTheSameStepWithTheSameAnswers() {
        JoinFlow.open(live.joinCode());
        JoinFlow.name("Anna", true);
        _setValue(roles(), JoinChoice.CAREGIVER);

        // The language switch reloads the page: a new view of the same address in the same session.
        navigate("privacy");
        JoinFlow.open(live.joinCode());

        assertThat(roles().getValue()).isEqualTo(JoinChoice.CAREGIVER);
        _click(_get(Button.class, spec -> spec.withText("Terug")));
        assertThat(nameField().getValue()).isEqualTo("Anna");
        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("join-anonymous"))
                        .getValue())
                .isTrue();
    }

    @Test
    void aTypedCodeSurvivesAReloadOnTheCodeStepAndADraftForAnotherCodeIsNotUsed() {
        navigate("join");
        _setValue(codeField(), "ABC-23");

        navigate("privacy");
        navigate("join");
        assertThat(codeField().getValue()).isEqualTo("ABC-23");

        JoinFlow.open(live.joinCode());
        JoinFlow.name("Bram", false);
        navigate("privacy");
        navigate("join/ZZZZZZ");
        assertThat(codeField().getValue())
                .as("another code's page starts afresh")
                .isEqualTo("ZZZZZZ");
        assertThat(codeField().isInvalid()).isTrue();
    }

    @Test
    void whoYouAreAtTheTableFinishesIkBenWithAnExplanationAndHelpersSpeakOnBehalfOfAResident() {
        JoinFlow.open(live.joinCode());
        JoinFlow.name("Carla", false);

        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("join-step-title"))
                        .getText())
                .isEqualTo("Wie bent u aan deze tafel?");
        assertThat(roles().getLabel()).isEqualTo("Ik ben …");
        assertThat(roles().getListDataView()
                        .getItems()
                        .map(c -> roles().getItemLabelGenerator().apply(c)))
                .contains("een bewoner", "mantelzorger", "cliëntondersteuner", "familie van een bewoner");
        JoinFlow.role("cliëntondersteuner");
        JoinFlow.accept();

        assertThat(board().participants())
                .singleElement()
                .satisfies(seat -> assertThat(seat.role()).isEqualTo(TableRole.ON_BEHALF_OF_RESIDENT));
    }

    @Test
    void everyStepOffersReadAloudOfItsHeadingAndExplanation() {
        JoinFlow.open(live.joinCode());

        com.vaadin.flow.component.html.NativeButton read =
                _get(com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withId("join-read-aloud"));
        assertThat(read.getElement().getAttribute("aria-label")).isEqualTo("Lees voor: Hoe wilt u heten aan tafel?");
        assertThat(read.getElement().getAttribute("data-read"))
                .startsWith("Hoe wilt u heten aan tafel? Uw naam staat bij uw notities.")
                .contains("Blijft u anoniem?");
    }
}
