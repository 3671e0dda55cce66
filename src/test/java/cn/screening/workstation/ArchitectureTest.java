package cn.screening.workstation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, kept by a test: domain depends on nothing; store, service, transfer
 * and cli never touch JavaFX; screens never touch SQL; only the CLI writes to the console.
 */
class ArchitectureTest {

    private static final String BASE = "cn.screening.workstation";
    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages(BASE + ".domain..", "java..")
                .check(CODE);
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "java.util.logging..")
                .check(CODE);
    }

    @Test
    void onlyTheScreensAndTheAppKnowJavaFx() {
        noClasses().that().resideInAnyPackage(BASE + ".domain..", BASE + ".store..", BASE + ".service..",
                        BASE + ".transfer..", BASE + ".cli..", BASE + ".bench..", BASE + ".sync..", BASE + ".server..",
                        BASE + ".protocol..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CODE);
    }

    @Test
    void screensNeverWriteSql() {
        noClasses().that().resideInAPackage(BASE + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(CODE);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage(BASE + ".domain..", BASE + ".store..", BASE + ".transfer..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".service..", BASE + ".ui..", BASE + ".cli..",
                        BASE + ".app..")
                .check(CODE);
        noClasses().that().resideInAPackage(BASE + ".service..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".cli..", BASE + ".app..")
                .check(CODE);
        noClasses().that().resideInAPackage(BASE + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..")
                .check(CODE);
    }

    @Test
    void theServerStandsOnTheProtocolAndTheDomainOnly() {
        noClasses().that().resideInAPackage(BASE + ".server..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".app..", BASE + ".cli..",
                        BASE + ".store..", BASE + ".service..", BASE + ".sync..", BASE + ".transfer..")
                .check(CODE);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsoleAndNobodyUsesJul() {
        noClasses().that().resideOutsideOfPackages(BASE + ".cli..", BASE + ".app..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CODE);
        noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging..").check(CODE);
    }
}
