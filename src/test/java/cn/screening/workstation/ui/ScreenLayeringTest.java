package cn.screening.workstation.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ViewModels hold properties and commands only: no controls, no windows, so they are tested without a screen. */
class ScreenLayeringTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.screening.workstation.ui");

    @Test
    void viewModelsKnowNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Form")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                        "org.controlsfx..")
                .check(UI);
    }

    @Test
    void screensDoNotReachTheStoreDirectly() {
        noClasses().that().resideInAPackage("cn.screening.workstation.ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleName("Database")
                .check(UI);
    }
}
