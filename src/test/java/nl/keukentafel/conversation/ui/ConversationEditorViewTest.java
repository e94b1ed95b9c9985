package nl.keukentafel.conversation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import nl.keukentafel.base.Languages;
import nl.keukentafel.conversation.BoardTemplate;
import nl.keukentafel.conversation.Colleague;
import nl.keukentafel.conversation.Conversation;
import nl.keukentafel.conversation.ConversationService;
import nl.keukentafel.conversation.ConversationStatus;
import nl.keukentafel.reference.ReferenceItem;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.security.ui.LoginView;
import nl.keukentafel.support.BoardFixture;
import nl.keukentafel.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConversationEditorViewTest extends KaribuTest {

    private static final String THEME = "Voorkomen huisuitzetting";
    private static final String WERKTEAM_OF_THEME = "Samenspel informeel-formeel";
    private static final String OTHER_WERKTEAM = "Ontmoeting en innovatie";
    private static final LocalDateTime STARTS_AT = LocalDateTime.of(2031, 3, 12, 14, 30);

    @Autowired
    BoardFixture fixture;

    @Autowired
    ConversationService conversations;

    private String openNewAs() {
        String facilitator = fixture.facilitator();
        login(facilitator, StaffRole.FACILITATOR);
        navigate("conversations/new");
        NotificationsKt.clearNotifications();
        return facilitator;
    }

    private static TextField textField(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static TextArea question() {
        return _get(TextArea.class, spec -> spec.withId("conversation-question"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ReferenceItem> comboBox(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static DateTimePicker startsAt() {
        return _get(DateTimePicker.class, spec -> spec.withId("conversation-starts-at"));
    }

    @SuppressWarnings("unchecked")
    private static Select<BoardTemplate> template() {
        return _get(Select.class, spec -> spec.withId("conversation-template"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<Colleague> coFacilitators() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("conversation-co-facilitators"));
    }

    /** The colleague as the co-facilitator field offers them. */
    private static Colleague offered(String username) {
        return coFacilitators()
                .getListDataView()
                .getItems()
                .filter(c -> c.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError(username + " is not offered"));
    }

    private static List<String> coFacilitatorsOf(Conversation conversation) {
        return conversation.coFacilitators().stream().map(Colleague::username).toList();
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("save-conversation")));
    }

    private static void fillCompletely(String title) {
        _setValue(textField("conversation-title"), title);
        _setValue(question(), "Wat gebeurt er als de huur niet betaald kan worden?");
        ComboBoxKt.selectByLabel(comboBox("conversation-theme"), THEME);
        ComboBoxKt.selectByLabel(comboBox("conversation-werkteam"), OTHER_WERKTEAM);
        ComboBoxKt.selectByLabel(comboBox("conversation-municipality"), "Rotterdam");
        ComboBoxKt.selectByLabel(comboBox("conversation-neighbourhood"), "Coolhaveneiland");
        _setValue(textField("conversation-location"), "Buurthuis De Heuvel");
        _setValue(startsAt(), STARTS_AT);
        _setValue(template(), BoardTemplate.WMO);
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    private static boolean lastNotificationIsAnError() {
        return NotificationsKt.getNotifications()
                .getLast()
                .getThemeNames()
                .contains(NotificationVariant.ERROR.getVariantName());
    }

    private static String currentView() {
        return UI.getCurrent().getCurrentView().getClass().getSimpleName();
    }

    @Test
    void aFilledInFormPreparesAConversationForTheCurrentFacilitator() {
        String facilitator = openNewAs();
        assertThat(_get(H1.class).getText()).isEqualTo("Nieuw gesprek voorbereiden");

        fillCompletely("Huur en schulden in Coolhaven");
        save();

        assertThat(notificationTexts()).containsExactly("Het gesprek is opgeslagen.");
        assertThat(currentView()).isEqualTo("ConversationsView");
        assertThat(conversations.mine()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Huur en schulden in Coolhaven");
            assertThat(c.residentQuestion()).isEqualTo("Wat gebeurt er als de huur niet betaald kan worden?");
            assertThat(c.themeName()).isEqualTo(THEME);
            assertThat(c.werkteamName()).isEqualTo(OTHER_WERKTEAM);
            assertThat(c.municipalityName()).isEqualTo("Rotterdam");
            assertThat(c.neighbourhoodName()).isEqualTo("Coolhaveneiland");
            assertThat(c.hostLocation()).isEqualTo("Buurthuis De Heuvel");
            assertThat(c.startsAt()).isEqualTo(STARTS_AT.atZone(Languages.ZONE).toInstant());
            assertThat(c.template()).isEqualTo(BoardTemplate.WMO);
            assertThat(c.status()).isEqualTo(ConversationStatus.PREPARED);
            assertThat(c.facilitatorUsername()).isEqualTo(facilitator);
        });
    }

    @Test
    void aMissingTitleIsMarkedAtItsFieldAndNothingIsStoredOrLost() {
        openNewAs();
        fillCompletely("");

        save();

        TextField title = textField("conversation-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Vul dit in of kies er een.");
        assertThat(notificationTexts()).isEmpty();
        assertThat(currentView()).isEqualTo("ConversationEditorView");
        assertThat(comboBox("conversation-theme").getValue().name()).isEqualTo(THEME);
        assertThat(conversations.mine()).isEmpty();
    }

    @Test
    void everyMissingRequiredFieldIsMarkedAndNothingIsStored() {
        openNewAs();
        fillCompletely("Zonder thema");
        _setValue(comboBox("conversation-theme"), null);
        _setValue(comboBox("conversation-werkteam"), null);

        save();

        assertThat(comboBox("conversation-theme").isInvalid()).isTrue();
        assertThat(comboBox("conversation-theme").getErrorMessage()).isEqualTo("Vul dit in of kies er een.");
        assertThat(comboBox("conversation-werkteam").isInvalid()).isTrue();
        assertThat(comboBox("conversation-municipality").isInvalid()).isFalse();
        assertThat(textField("conversation-title").isInvalid()).isFalse();
        assertThat(textField("conversation-title").getValue()).isEqualTo("Zonder thema");
        assertThat(conversations.mine()).isEmpty();
    }

    @Test
    void aRefusalAboutOneFieldShowsAtThatField() {
        openNewAs();
        fillCompletely("Te lange plek");
        TextField location = textField("conversation-location");
        _setValue(location, "x".repeat(201));

        save();

        assertThat(location.isInvalid()).isTrue();
        assertThat(location.getErrorMessage()).isEqualTo("De locatie mag hoogstens 200 tekens hebben.");
        assertThat(notificationTexts()).isEmpty();
        assertThat(conversations.mine()).isEmpty();
    }

    @Test
    void choosingAThemeFillsInItsWorkTeam() {
        openNewAs();

        ComboBoxKt.selectByLabel(comboBox("conversation-theme"), THEME);

        assertThat(comboBox("conversation-werkteam").getValue())
                .extracting(ReferenceItem::name)
                .isEqualTo(WERKTEAM_OF_THEME);
    }

    @Test
    void theNeighbourhoodsOfferedAreThoseOfTheChosenMunicipality() {
        openNewAs();
        ComboBox<ReferenceItem> neighbourhood = comboBox("conversation-neighbourhood");
        assertThat(ComboBoxKt.getSuggestions(neighbourhood)).isEmpty();

        ComboBoxKt.selectByLabel(comboBox("conversation-municipality"), "Rotterdam");
        assertThat(ComboBoxKt.getSuggestions(neighbourhood)).contains("Coolhaveneiland");
        ComboBoxKt.selectByLabel(neighbourhood, "Coolhaveneiland");

        ComboBoxKt.selectByLabel(comboBox("conversation-municipality"), "Schiedam");
        assertThat(neighbourhood.getValue()).isNull();
        assertThat(ComboBoxKt.getSuggestions(neighbourhood)).doesNotContain("Coolhaveneiland");
    }

    @Test
    void editingAPreparedConversationShowsItsValuesAndSavesTheChange() {
        String facilitator = fixture.facilitator();
        Conversation prepared = fixture.prepared(facilitator, "Eerste titel");
        login(facilitator, StaffRole.FACILITATOR);

        navigate("conversations/" + prepared.id().value() + "/edit");

        assertThat(_get(H1.class).getText()).isEqualTo("Gesprek Eerste titel wijzigen");
        assertThat(textField("conversation-title").getValue()).isEqualTo("Eerste titel");
        assertThat(question().getValue()).isEqualTo(prepared.residentQuestion());
        assertThat(textField("conversation-location").getValue()).isEqualTo(prepared.hostLocation());
        assertThat(comboBox("conversation-municipality").getValue())
                .extracting(ReferenceItem::id)
                .isEqualTo(prepared.municipalityId());
        assertThat(template().isReadOnly()).isFalse();

        _setValue(textField("conversation-title"), "Betere titel");
        save();

        assertThat(currentView()).isEqualTo("ConversationsView");
        assertThat(conversations.get(prepared.id()).title()).isEqualTo("Betere titel");
        assertThat(conversations.mine()).hasSize(1);
    }

    @Test
    void theBoardLayoutOfALiveConversationCannotBeChanged() {
        String facilitator = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Al bezig");
        login(facilitator, StaffRole.FACILITATOR);

        navigate("conversations/" + live.id().value() + "/edit");

        assertThat(template().getValue()).isEqualTo(BoardTemplate.KEUKENTAFEL);
        assertThat(template().isReadOnly()).isTrue();
    }

    @Test
    void theFacilitatorAddsAndRemovesCoFacilitatorsChosenFromTheirColleagues() {
        String facilitator = fixture.facilitator();
        String colleague = fixture.facilitator();
        String teamMember = fixture.teamMember();
        Conversation prepared = fixture.prepared(facilitator, "Samen voorbereid");
        login(facilitator, StaffRole.FACILITATOR);
        navigate("conversations/" + prepared.id().value() + "/edit");

        MultiSelectComboBox<Colleague> field = coFacilitators();
        assertThat(field.getLabel()).isEqualTo("Co-gespreksleiders");
        assertThat(field.isReadOnly()).isFalse();
        assertThat(field.getListDataView().getItems().map(Colleague::username))
                .contains(colleague)
                .doesNotContain(facilitator, teamMember);
        assertThat(field.getItemLabelGenerator().apply(offered(colleague)))
                .isEqualTo(colleague + " (" + colleague + ")");
        _setValue(field, Set.of(offered(colleague)));
        save();

        assertThat(currentView()).isEqualTo("ConversationsView");
        assertThat(coFacilitatorsOf(conversations.get(prepared.id()))).containsExactly(colleague);

        navigate("conversations/" + prepared.id().value() + "/edit");
        assertThat(coFacilitators().getValue()).extracting(Colleague::username).containsExactly(colleague);
        _setValue(coFacilitators(), Set.of());
        save();

        assertThat(coFacilitatorsOf(conversations.get(prepared.id()))).isEmpty();
    }

    @Test
    void aNewConversationCanBePreparedWithACoFacilitator() {
        String colleague = fixture.facilitator();
        openNewAs();
        fillCompletely("Met een collega");
        _setValue(coFacilitators(), Set.of(offered(colleague)));

        save();

        assertThat(conversations.mine())
                .singleElement()
                .satisfies(c -> assertThat(coFacilitatorsOf(c)).containsExactly(colleague));
    }

    @Test
    void aCoFacilitatorEditsTheConversationButSeesWhoCoFacilitatesReadOnly() {
        String facilitator = fixture.facilitator();
        String colleague = fixture.facilitator();
        Conversation live = fixture.live(facilitator, "Samen bezig");
        fixture.coFacilitators(facilitator, live, colleague);
        login(colleague, StaffRole.FACILITATOR);

        navigate("conversations/" + live.id().value() + "/edit");

        MultiSelectComboBox<Colleague> field = coFacilitators();
        assertThat(field.isReadOnly()).isTrue();
        assertThat(field.getHelperText()).contains(facilitator);
        assertThat(field.getValue()).extracting(Colleague::username).containsExactly(colleague);
        _setValue(textField("conversation-title"), "Samen nog steeds bezig");
        save();

        assertThat(currentView()).isEqualTo("ConversationsView");
        Conversation stored = conversations.get(live.id());
        assertThat(stored.title()).isEqualTo("Samen nog steeds bezig");
        assertThat(coFacilitatorsOf(stored)).containsExactly(colleague);
    }

    @Test
    void editingAnotherFacilitatorsConversationForwardsToTheList() {
        Conversation notMine = fixture.prepared(fixture.facilitator(), "Van een collega");
        String facilitator = fixture.facilitator();
        login(facilitator, StaffRole.FACILITATOR);

        navigate("conversations/" + notMine.id().value() + "/edit");

        assertThat(currentView()).isEqualTo("ConversationsView");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("conversations");
    }

    @Test
    void anIdThatIsNotANumberForwardsToTheList() {
        login(fixture.facilitator(), StaffRole.FACILITATOR);

        navigate("conversations/abc/edit");

        assertThat(currentView()).isEqualTo("ConversationsView");
    }

    @Test
    void aTeamMemberIsRefusedTheEditor() {
        login(fixture.teamMember(), StaffRole.TEAM_MEMBER);

        assertThatThrownBy(() -> navigate("conversations/new")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() {
        navigate("conversations/new");

        _assertOne(LoginView.class);
    }
}
