package nl.keukentafel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.keukentafel.base.UserMessageException;
import nl.keukentafel.security.StaffRole;
import nl.keukentafel.support.TestStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class ReferenceDataServiceTest {

    @Autowired
    ReferenceDataService service;

    @BeforeEach
    void actAsAnAdmin() {
        TestStaff.actAs(TestStaff.uniqueName("beheerder"), StaffRole.ADMIN);
    }

    @AfterEach
    void forgetWhoActs() {
        SecurityContextHolder.clearContext();
    }

    private static String unique(String name) {
        return name + " " + TestStaff.uniqueName("t");
    }

    private ReferenceItem named(ReferenceKind kind, String name) {
        return service.list(kind).stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " '" + name + "' not found"));
    }

    private static void assertRefusedWith(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey())
                .isEqualTo(messageKey);
    }

    @Test
    void theSeedHasTheFourWorkTeams() {
        assertThat(service.list(ReferenceKind.WERKTEAM))
                .extracting(ReferenceItem::name)
                .contains(
                        "Intergenerationele overdracht",
                        "Samenspel informeel-formeel",
                        "Verbondenheid en veerkracht",
                        "Ontmoeting en innovatie");
    }

    @Test
    void theSeedHasTheThemesUnderTheirWorkTeam() {
        ReferenceItem samenspel = named(ReferenceKind.WERKTEAM, "Samenspel informeel-formeel");

        for (String theme : new String[] {"Voorkomen huisuitzetting", "Mantelzorgboete (kostendelersnorm)"}) {
            ReferenceItem item = named(ReferenceKind.THEME, theme);
            assertThat(item.parentId()).isEqualTo(samenspel.id());
            assertThat(item.parentName()).isEqualTo("Samenspel informeel-formeel");
            assertThat(item.description()).isNotBlank();
        }
    }

    @Test
    void theSeedHasTheMunicipalitiesAndCoolhaveneilandInRotterdam() {
        assertThat(service.list(ReferenceKind.MUNICIPALITY))
                .extracting(ReferenceItem::name)
                .contains("Rotterdam", "Schiedam", "Vlaardingen", "Barendrecht");

        ReferenceItem coolhaveneiland = named(ReferenceKind.NEIGHBOURHOOD, "Coolhaveneiland");
        assertThat(coolhaveneiland.parentId())
                .isEqualTo(named(ReferenceKind.MUNICIPALITY, "Rotterdam").id());
        assertThat(coolhaveneiland.parentName()).isEqualTo("Rotterdam");
    }

    @Test
    void entriesWithoutAParentHaveNoParentId() {
        assertThat(named(ReferenceKind.MUNICIPALITY, "Rotterdam").parentId()).isNull();
        assertThat(named(ReferenceKind.WERKTEAM, "Ontmoeting en innovatie").parentId())
                .isNull();
        ReferenceItem looseTheme = service.add(ReferenceKind.THEME, unique("Los thema"), "", null);
        assertThat(looseTheme.parentId()).isNull();
        assertThat(looseTheme.parentName()).isNull();
    }

    @Test
    void adminAddsAMunicipality() {
        String name = unique("Maassluis");

        ReferenceItem added = service.add(ReferenceKind.MUNICIPALITY, "  " + name + " ", "", null);

        assertThat(added.name()).isEqualTo(name);
        assertThat(added.active()).isTrue();
        assertThat(service.listActive(ReferenceKind.MUNICIPALITY)).contains(added);
    }

    @Test
    void adminAddsAThemeUnderAWorkTeamWithADescription() {
        ReferenceItem team = service.add(ReferenceKind.WERKTEAM, unique("Werkteam armoede"), "Over armoede", null);

        ReferenceItem theme = service.add(ReferenceKind.THEME, unique("Schulden"), "Schulden en incasso", team.id());

        assertThat(theme.parentId()).isEqualTo(team.id());
        assertThat(theme.parentName()).isEqualTo(team.name());
        assertThat(theme.description()).isEqualTo("Schulden en incasso");
        assertThat(team.description()).isEqualTo("Over armoede");
    }

    @Test
    void adminRenamesAnEntry() {
        ReferenceItem team = service.add(ReferenceKind.WERKTEAM, unique("Oude naam"), "Oud", null);
        String newName = unique("Nieuwe naam");

        ReferenceItem renamed = service.rename(ReferenceKind.WERKTEAM, team.id(), newName, "Nieuw");

        assertThat(renamed.id()).isEqualTo(team.id());
        assertThat(renamed.name()).isEqualTo(newName);
        assertThat(renamed.description()).isEqualTo("Nieuw");
        assertThat(service.list(ReferenceKind.WERKTEAM))
                .extracting(ReferenceItem::name)
                .contains(newName)
                .doesNotContain(team.name());
    }

    @Test
    void renamingToTheSameNameInAnotherCaseIsAllowed() {
        ReferenceItem municipality = service.add(ReferenceKind.MUNICIPALITY, unique("hoek van holland"), "", null);

        ReferenceItem renamed = service.rename(
                ReferenceKind.MUNICIPALITY,
                municipality.id(),
                municipality.name().toUpperCase(),
                "");

        assertThat(renamed.name()).isEqualTo(municipality.name().toUpperCase());
    }

    @Test
    void aDeactivatedEntryIsListedButNotOfferedAndCanBeReactivated() {
        ReferenceItem municipality = service.add(ReferenceKind.MUNICIPALITY, unique("Krimpen"), "", null);

        ReferenceItem deactivated = service.setActive(ReferenceKind.MUNICIPALITY, municipality.id(), false);

        assertThat(deactivated.active()).isFalse();
        assertThat(service.list(ReferenceKind.MUNICIPALITY))
                .extracting(ReferenceItem::id)
                .contains(municipality.id());
        assertThat(service.listActive(ReferenceKind.MUNICIPALITY))
                .extracting(ReferenceItem::id)
                .doesNotContain(municipality.id());
        assertThat(service.listActive(ReferenceKind.MUNICIPALITY)).allMatch(ReferenceItem::active);

        ReferenceItem reactivated = service.setActive(ReferenceKind.MUNICIPALITY, municipality.id(), true);

        assertThat(reactivated.active()).isTrue();
        assertThat(service.listActive(ReferenceKind.MUNICIPALITY))
                .extracting(ReferenceItem::id)
                .contains(municipality.id());
    }

    @Test
    void aDuplicateNameIsRefusedWhateverItsCase() {
        String name = unique("Capelle");
        ReferenceItem first = service.add(ReferenceKind.MUNICIPALITY, name, "", null);

        assertRefusedWith(() -> service.add(ReferenceKind.MUNICIPALITY, name, "", null), "reference.error.duplicate");
        assertRefusedWith(
                () -> service.add(ReferenceKind.MUNICIPALITY, name.toUpperCase(), "", null),
                "reference.error.duplicate");
        assertRefusedWith(
                () -> service.add(ReferenceKind.MUNICIPALITY, " " + name.toLowerCase() + " ", "", null),
                "reference.error.duplicate");
        assertRefusedWith(
                () -> service.add(ReferenceKind.THEME, "voorkomen HUISUITZETTING", "", null),
                "reference.error.duplicate");
        assertThat(service.list(ReferenceKind.MUNICIPALITY))
                .filteredOn(i -> i.name().equalsIgnoreCase(name))
                .containsExactly(first);
    }

    @Test
    void renamingOntoAnotherEntrysNameIsRefused() {
        ReferenceItem one = service.add(ReferenceKind.MUNICIPALITY, unique("Een"), "", null);
        ReferenceItem two = service.add(ReferenceKind.MUNICIPALITY, unique("Twee"), "", null);

        assertRefusedWith(
                () -> service.rename(
                        ReferenceKind.MUNICIPALITY, two.id(), one.name().toLowerCase(), ""),
                "reference.error.duplicate");
        assertThat(named(ReferenceKind.MUNICIPALITY, two.name()).id()).isEqualTo(two.id());
    }

    @Test
    void aNeighbourhoodNeedsAnExistingMunicipality() {
        assertRefusedWith(
                () -> service.add(ReferenceKind.NEIGHBOURHOOD, unique("Zwervend"), "", null),
                "reference.error.municipality-required");
        assertRefusedWith(
                () -> service.add(ReferenceKind.NEIGHBOURHOOD, unique("Zwervend"), "", Long.MAX_VALUE),
                "reference.error.not-found");
    }

    @Test
    void neighbourhoodNamesAreUniquePerMunicipalityOnly() {
        ReferenceItem rotterdam = named(ReferenceKind.MUNICIPALITY, "Rotterdam");
        ReferenceItem other = service.add(ReferenceKind.MUNICIPALITY, unique("Dordrecht"), "", null);
        String name = unique("Centrum");

        ReferenceItem inRotterdam = service.add(ReferenceKind.NEIGHBOURHOOD, name, "", rotterdam.id());
        ReferenceItem inOther = service.add(ReferenceKind.NEIGHBOURHOOD, name, "", other.id());

        assertThat(inRotterdam.parentName()).isEqualTo("Rotterdam");
        assertThat(inOther.parentName()).isEqualTo(other.name());
        assertRefusedWith(
                () -> service.add(ReferenceKind.NEIGHBOURHOOD, name.toUpperCase(), "", rotterdam.id()),
                "reference.error.duplicate");
    }

    @Test
    void emptyOrTooLongNamesAndTooLongDescriptionsAreRefused() {
        assertRefusedWith(() -> service.add(ReferenceKind.WERKTEAM, "   ", "", null), "reference.error.name");
        assertRefusedWith(() -> service.add(ReferenceKind.WERKTEAM, "x".repeat(121), "", null), "reference.error.name");
        assertRefusedWith(
                () -> service.add(ReferenceKind.WERKTEAM, unique("Lang"), "x".repeat(1001), null),
                "reference.error.description");
        assertThat(service.add(ReferenceKind.WERKTEAM, unique("x".repeat(100)), "x".repeat(1000), null)
                        .description())
                .hasSize(1000);
    }

    @Test
    void aTeamMemberCanListButNotChangeReferenceData() {
        ReferenceItem rotterdam = named(ReferenceKind.MUNICIPALITY, "Rotterdam");
        TestStaff.actAs(TestStaff.uniqueName("teamlid"), StaffRole.TEAM_MEMBER);

        assertThat(service.list(ReferenceKind.MUNICIPALITY)).isNotEmpty();
        assertThat(service.listActive(ReferenceKind.WERKTEAM)).isNotEmpty();
        assertThatThrownBy(() -> service.add(ReferenceKind.MUNICIPALITY, unique("Stiekem"), "", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.rename(ReferenceKind.MUNICIPALITY, rotterdam.id(), "Roffa", ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setActive(ReferenceKind.MUNICIPALITY, rotterdam.id(), false))
                .isInstanceOf(AccessDeniedException.class);
        TestStaff.actAs(TestStaff.uniqueName("beheerder"), StaffRole.ADMIN);
        assertThat(named(ReferenceKind.MUNICIPALITY, "Rotterdam")).isEqualTo(rotterdam);
    }

    @Test
    void aFacilitatorCannotChangeReferenceData() {
        TestStaff.actAs(TestStaff.uniqueName("leider"), StaffRole.FACILITATOR);

        assertThat(service.listActive(ReferenceKind.THEME)).isNotEmpty();
        assertThatThrownBy(() -> service.add(ReferenceKind.THEME, unique("Stiekem"), "", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersCannotEvenList() {
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> service.list(ReferenceKind.MUNICIPALITY))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
    }
}
