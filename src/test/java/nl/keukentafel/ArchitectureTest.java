package nl.keukentafel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The architecture of docs/adr/0002 and 0009 (feature packages, one way out of a board) as rules
 * the build checks (main code only).
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("nl.keukentafel");

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(PermitAll.class, RolesAllowed.class, DenyAll.class, AnonymousAllowed.class);

    /**
     * Dependencies from outside a ui package into one that are allowed, origin class to target
     * class. Keep this short and say why.
     */
    private static final Map<String, String> ALLOWED_UI_DEPENDENCIES = Map.of(
            // Vaadin's security configurer takes the login view class, so in-app navigation to a
            // protected view forwards to it (VaadinSecurityConfigurer.loginView(Class)).
            "nl.keukentafel.security.SecurityConfig", "nl.keukentafel.security.ui.LoginView");

    /**
     * Services whose public methods may go without {@code @PreAuthorize}, each with its reason.
     * Empty: every service so far checks who calls it.
     */
    private static final Set<String> SERVICES_WITHOUT_METHOD_SECURITY = Set.of();

    private static final ArchCondition<JavaClass> CARRY_EXACTLY_ONE_ACCESS_ANNOTATION =
            new ArchCondition<>("carry exactly one of @PermitAll, @RolesAllowed, @DenyAll, @AnonymousAllowed") {
                @Override
                public void check(JavaClass view, ConditionEvents events) {
                    List<String> present = ACCESS_ANNOTATIONS.stream()
                            .filter(view::isAnnotatedWith)
                            .map(Class::getSimpleName)
                            .toList();
                    events.add(new SimpleConditionEvent(
                            view,
                            present.size() == 1,
                            view.getName() + " carries " + (present.isEmpty() ? "no access annotation" : present)));
                }
            };

    private static final ArchCondition<JavaClass> ONLY_BE_ACCESSED_FROM_THEIR_OWN_PACKAGE =
            new ArchCondition<>("only be accessed from their own package") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                        JavaClass origin = dependency.getOriginClass();
                        if (!origin.getPackageName().equals(repository.getPackageName())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            };

    private static final ArchCondition<JavaClass> NOT_DEPEND_ON_UI_CLASSES =
            new ArchCondition<>("not depend on classes in a ui package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        boolean intoUi = target.getPackageName().startsWith("nl.keukentafel.")
                                && isUiPackage(target.getPackageName());
                        boolean allowed = target.getName().equals(ALLOWED_UI_DEPENDENCIES.get(origin.getName()));
                        if (intoUi && !allowed) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            };

    private static final ArchCondition<JavaClass> USE_ONLY_THEIR_OWN_OR_SHARED_VIEWS =
            new ArchCondition<>(
                    "use only views of their own feature, the shared base.ui, and other features' *Navigation") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass targetClass = dependency.getTargetClass();
                        String target = targetClass.getPackageName();
                        if (target.startsWith("nl.keukentafel.")
                                && isUiPackage(target)
                                && !target.equals(origin.getPackageName())
                                && !target.equals("nl.keukentafel.base.ui")
                                && !targetClass.getSimpleName().endsWith("Navigation")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            };

    private static final ArchCondition<JavaMethod> BE_GUARDED_BY_PRE_AUTHORIZE =
            new ArchCondition<>("be annotated with @PreAuthorize (or be in a class that is)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean guarded = method.isAnnotatedWith(PreAuthorize.class)
                            || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                    events.add(new SimpleConditionEvent(
                            method, guarded, method.getFullName() + (guarded ? " is" : " is not") + " guarded"));
                }
            };

    private static boolean isUiPackage(String packageName) {
        return packageName.endsWith(".ui") || packageName.contains(".ui.");
    }

    @Test
    void everyRouteAndLayoutCarriesExactlyOneAccessAnnotation() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .or()
                .areAnnotatedWith(Layout.class)
                .should(CARRY_EXACTLY_ONE_ACCESS_ANNOTATION)
                .check(MAIN);
    }

    @Test
    void theAccessRuleSeesEveryViewAndLayout() {
        assertThat(MAIN.stream()
                        .filter(c -> c.isAnnotatedWith(Route.class) || c.isAnnotatedWith(Layout.class))
                        .map(JavaClass::getSimpleName))
                .contains("HomeView", "MainLayout", "LoginView", "AccountsView", "ReferenceDataView");
    }

    @Test
    void onlyUiPackagesDependOnUiClasses() {
        classes()
                .that()
                .resideOutsideOfPackage("..ui..")
                .should(NOT_DEPEND_ON_UI_CLASSES)
                .check(MAIN);
    }

    @Test
    void viewsUseOnlyTheirOwnFeaturesViewsAndTheSharedOnes() {
        classes()
                .that()
                .resideInAPackage("nl.keukentafel..ui..")
                .should(USE_ONLY_THEIR_OWN_OR_SHARED_VIEWS)
                .check(MAIN);
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        // Every package is a slice: a feature's core, its ui, and base. Cores never depend on ui
        // packages (rule above), ui packages reach other features' screens only through their
        // *Navigation (rule above), so the features' cores form no cycle and the screens sit on
        // top of them (docs/adr/0009).
        slices().matching("nl.keukentafel.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyTheSnapshotMakesWhatAnAudienceSeesSoEveryScreenAndReadGoesThroughAVisibility() {
        classes()
                .that()
                .doNotHaveFullyQualifiedName("nl.keukentafel.board.BoardSnapshot")
                .should(new ArchCondition<JavaClass>("not construct BoardContent or its cards") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (JavaConstructorCall call : origin.getConstructorCallsFromSelf()) {
                            String owner = call.getTargetOwner().getName();
                            if (owner.equals("nl.keukentafel.board.BoardContent")
                                    || owner.startsWith("nl.keukentafel.board.BoardContent$")) {
                                events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                            }
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void onlyTheReleaseGateOpensTheWayOutOfATable() {
        // Everything people who were not at the table read (archive, review, reports, exports)
        // passes Visibility.Archive, and only the release gate makes one: consent, status,
        // audience and redaction are applied in one place (docs/privacy.md).
        classes()
                .that()
                .doNotHaveFullyQualifiedName("nl.keukentafel.board.ReleaseGate")
                .should(new ArchCondition<JavaClass>("not construct Visibility.Archive") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (JavaConstructorCall call : origin.getConstructorCallsFromSelf()) {
                            if (call.getTargetOwner().getName().equals("nl.keukentafel.board.Visibility$Archive")) {
                                events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                            }
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void noteTextIsReadFromTheDatabaseOnlyWhereTheBoardKeepsIt() throws IOException {
        // SQL lives in text blocks, which ArchUnit cannot see: scan the sources. The note table is
        // read by the board's repository (which feeds every Visibility), by the corrections of the
        // redaction step and by the retention run; facilitation reads and sets a note's place on the
        // board (silent, group, merge), never its text; nothing else may read it.
        Set<String> readers = sourcesMatching(Pattern.compile("(?i)\\b(from|join|update)\\s+note\\b"));
        assertThat(readers)
                .containsExactlyInAnyOrder(
                        "BoardRepository.java",
                        "RedactionCorrections.java",
                        "RetentionService.java",
                        "FacilitationRepository.java");
    }

    @Test
    void releasedNotesAreWrittenOnlyByTheReviewIndex() throws IOException {
        // What the review area and the reports read is written in one place, through the release gate.
        Set<String> writers =
                sourcesMatching(Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+released_note\\b"));
        assertThat(writers).containsExactly("ReviewIndex.java");
    }

    /** The names of the main source files whose text matches: SQL lives in text blocks, which ArchUnit cannot see. */
    private static Set<String> sourcesMatching(Pattern pattern) throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            return sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> {
                        try {
                            return pattern.matcher(Files.readString(path)).find();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(path -> path.getFileName().toString())
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void historyReadsTheDatabaseNeverTheLiveCopies() {
        noClasses()
                .that()
                .haveFullyQualifiedName("nl.keukentafel.board.BoardHistory")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("nl.keukentafel.board.LiveBoards")
                .check(MAIN);
    }

    @Test
    void repositoriesAreOnlyUsedInTheirOwnPackage() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should(ONLY_BE_ACCESSED_FROM_THEIR_OWN_PACKAGE)
                .check(MAIN);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(MAIN);
    }

    @Test
    void viewsNeverTouchRepositoriesOrSql() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcOperations.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(NamedParameterJdbcOperations.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(DataSource.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("java.sql..")
                .check(MAIN);
    }

    @Test
    void viewsLeaveAuthorisationChecksToServices() {
        // Roles: views use @RolesAllowed on the class; @PreAuthorize would make Spring proxy them (ADR 0006).
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(MAIN);
        methods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("..ui..")
                .should()
                .notBeAnnotatedWith(PreAuthorize.class)
                .check(MAIN);
    }

    @Test
    void everyPublicServiceMethodChecksWhoCallsIt() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .areDeclaredInClassesThat(DescribedPredicate.describe(
                        "are not listed as exceptions", c -> !SERVICES_WITHOUT_METHOD_SECURITY.contains(c.getName())))
                .and()
                .arePublic()
                .and()
                .areNotStatic() // Spring cannot intercept static methods; see the rule below
                .should(BE_GUARDED_BY_PRE_AUTHORIZE)
                .check(MAIN);
    }

    @Test
    void noStaticMethodPretendsToBeGuarded() {
        // Method security works through proxies, which never see static methods: the annotation would do nothing.
        methods()
                .that()
                .areStatic()
                .should()
                .notBeAnnotatedWith(PreAuthorize.class)
                .check(MAIN);
    }

    @Test
    void theAccountAndReferenceServicesAreFullyGuarded() {
        assertThat(SERVICES_WITHOUT_METHOD_SECURITY)
                .doesNotContain(
                        "nl.keukentafel.account.AccountService", "nl.keukentafel.reference.ReferenceDataService");
        for (String service :
                List.of("nl.keukentafel.account.AccountService", "nl.keukentafel.reference.ReferenceDataService")) {
            JavaClass serviceClass = MAIN.get(service);
            List<String> publicMethods = serviceClass.getMethods().stream()
                    .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                    .map(JavaMethod::getName)
                    .toList();
            assertThat(publicMethods).as(service).isNotEmpty();
            assertThat(serviceClass.getMethods().stream()
                            .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                            .filter(m -> !m.isAnnotatedWith(PreAuthorize.class))
                            .map(JavaMethod::getFullName))
                    .as(service + " public methods without @PreAuthorize")
                    .isEmpty();
        }
    }
}
