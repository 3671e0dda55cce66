package cn.screening.workstation.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The printed documents are plain Java any layer may call: no JavaFX, no SQL, and nothing of the
 * store, the services or the screens — they print what they are given, already masked.
 */
class DocumentsArchitectureTest {

    private static final String BASE = "cn.screening.workstation";
    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE + ".documents");

    @Test
    void documentsKnowNeitherJavaFxNorSqlNorTheLayersAbove() {
        noClasses().that().resideInAPackage(BASE + ".documents..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..", "org.flywaydb..",
                        BASE + ".store..", BASE + ".service..", BASE + ".ui..", BASE + ".app..", BASE + ".cli..",
                        BASE + ".sync..", BASE + ".server..")
                .because("a form prints what it is given, already masked, so it can be printed from any layer and never leaks"
                        + " what a caller did not mean to show")
                .check(CODE);
    }
}
