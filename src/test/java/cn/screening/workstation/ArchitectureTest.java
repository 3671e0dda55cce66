package cn.screening.workstation;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.store.StoreException;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, kept by a test: domain depends on nothing; store, service, transfer
 * and cli never touch JavaFX; screens never touch SQL; only the CLI writes to the console.
 */
class ArchitectureTest {

    private static final String BASE = "cn.screening.workstation";
    private static final List<String> LAYERS = List.of("domain", "store", "transfer", "documents", "service",
            "protocol", "sync", "server", "cli", "ui", "app", "bench", "h2");
    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages(BASE + ".domain..", "java..")
                .because("the rules of screening and referral must read the same wherever they run, on the workstation and the server")
                .check(CODE);
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.util.logging..")
                .because("a domain rule is tested without a database, a network or a log")
                .check(CODE);
    }

    @Test
    void onlyTheScreensAndTheAppKnowJavaFx() {
        noClasses().that().resideInAnyPackage(BASE + ".domain..", BASE + ".store..", BASE + ".service..",
                        BASE + ".transfer..", BASE + ".cli..", BASE + ".bench..", BASE + ".sync..", BASE + ".server..",
                        BASE + ".protocol..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the command line, the benchmarks and the server run without a display")
                .check(CODE);
    }

    @Test
    void screensNeverWriteSql() {
        noClasses().that().resideInAPackage(BASE + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .because("a screen that writes SQL runs it on the JavaFX thread and skips the outbox and the audit log")
                .check(CODE);
    }

    @Test
    void screensSeeServicesNotTheStore() {
        noClasses().that().resideInAPackage(BASE + ".ui..")
                .should().dependOnClassesThat(resideInAPackage(BASE + ".store..")
                        .and(not(equivalentTo(StoreException.class))))
                .because("a screen asks a service, which decides the transaction; a query or a settings record the"
                        + " screen fills belongs to the domain or the service. A StoreException is let through by every"
                        + " service as the store's own failure, so the screens may name it to show its sentence")
                .check(CODE);
    }

    @Test
    void featuresStandOnTheCommonPartsNotOnEachOther() {
        slices().matching(BASE + ".ui.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(BASE + ".ui.common..", BASE + ".ui.shell.."))
                .because("a screen added, changed or dropped must not touch another screen; what two screens share"
                        + " goes to ui.common, how they reach each other goes through ui.shell's Navigator")
                .check(CODE);
    }

    @Test
    void onlyAFeaturesWiringSeesTheSessionsServices() {
        noClasses().that().resideInAPackage(BASE + ".ui..").and().haveSimpleNameNotEndingWith("Screens")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".service.assembly..")
                .because("a view model is handed its port and a controller its view model; only the feature's wiring"
                        + " (FooScreens) picks the services out of the session, so a screen is tested with a hand-made port")
                .check(CODE);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage(BASE + ".domain..", BASE + ".store..", BASE + ".transfer..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".service..", BASE + ".ui..", BASE + ".cli..",
                        BASE + ".app..")
                .because("the store and the file formats are reused by every service and must not know who calls them")
                .check(CODE);
        noClasses().that().resideInAPackage(BASE + ".service..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".cli..", BASE + ".app..")
                .because("a screen and a command must get the same answer from the same service")
                .check(CODE);
        noClasses().that().resideInAPackage(BASE + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..")
                .because("a command runs on a county server without JavaFX")
                .check(CODE);
    }

    @Test
    void theServerStandsOnTheProtocolAndTheDomainOnly() {
        noClasses().that().resideInAPackage(BASE + ".server..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".app..", BASE + ".cli..",
                        BASE + ".store..", BASE + ".service..", BASE + ".sync..", BASE + ".transfer..")
                .because("the provincial server shares only the wire format and the domain rules with the workstation,"
                        + " so either can change its store without the other")
                .check(CODE);
    }

    /**
     * Every package is its own slice. Checked over the whole code and again layer by layer: over the
     * whole graph ArchUnit was seen to report some cycles and miss others (server ↔ server.admin).
     */
    @Test
    void noPackageDependsOnItselfThroughOthers() {
        ArchRule freeOfCycles = slices().matching(BASE + ".(**)")
                .should().beFreeOfCycles()
                .because("a package that reaches back into one that uses it cannot be understood, tested or moved"
                        + " on its own; what both sides need belongs in a package they both stand on");
        Set<String> cycles = new LinkedHashSet<>();
        Stream.concat(Stream.of(CODE), LAYERS.stream().map(layer -> CODE.that(resideInAPackage(BASE + "." + layer + ".."))))
                .map(freeOfCycles::evaluate)
                .forEach(result -> cycles.addAll(result.getFailureReport().getDetails()));
        assertThat(cycles).as(freeOfCycles.getDescription()).isEmpty();
    }

    @Test
    void childProcessesAreAwaitedWithATimeout() {
        JavaClasses codeAndTests = new ClassFileImporter().importPackages(BASE);
        noClasses().should().callMethod(Process.class, "waitFor")
                .because("a child process that hangs (a server that never stops, a killed import's JVM) must fail its"
                        + " test or command after a while, not hold the build or the window forever;"
                        + " use waitFor(timeout, unit)")
                .check(codeAndTests);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsoleAndNobodyUsesJul() {
        noClasses().that().resideOutsideOfPackages(BASE + ".cli..", BASE + ".app..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("a line printed from a service bypasses the log's masking and garbles a command's output")
                .check(CODE);
        noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .because("one logging API (SLF4J over Logback) keeps every line in the one rolled, masked log file")
                .check(CODE);
    }
}
