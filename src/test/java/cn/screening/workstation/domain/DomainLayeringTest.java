package cn.screening.workstation.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java: no UI, no storage, no network, no logging or console output. */
class DomainLayeringTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.screening.workstation.domain");

    @Test
    void domainUsesNoUiStorageNetworkOrLogging() {
        noClasses().that().resideInAPackage("cn.screening.workstation.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "java.net.http..", "okhttp3..", "java.util.logging..", "org.slf4j..",
                        "com.fasterxml.jackson..", "org.h2..", "org.flywaydb..")
                .check(DOMAIN);
    }

    @Test
    void domainDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("cn.screening.workstation.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("cn.screening.workstation.domain..", "java..")
                .check(DOMAIN);
    }

    @Test
    void domainWritesNothingToTheConsole() {
        noClasses().that().resideInAPackage("cn.screening.workstation.domain..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(DOMAIN);
    }
}
