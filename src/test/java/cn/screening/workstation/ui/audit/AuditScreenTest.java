package cn.screening.workstation.ui.audit;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.AppConfig;
import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.audit.AuditLine;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.TextFit;
import cn.screening.workstation.ui.UiTestSupport;
import cn.screening.workstation.ui.common.FileTargets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The township's administrator at 1366×768: Alt+5 reaches 审计日志, which lists the patient masked,
 * narrows to one action and to one patient, exports a CSV (the export then shows as a line of its own)
 * and 校验 says the chain is intact.
 */
@Tag("slow")
class AuditScreenTest extends FxRobot {

    @TempDir
    Path folder;
    private Application app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theAdministratorFiltersExportsAndVerifies() throws Exception {
        UiTestSupport.setUpClinic(folder);
        UUID patientId;
        LoginResult r = UiTestSupport.workstation(folder).login(UiTestSupport.ADMIN, UiTestSupport.PASSWORD.toCharArray());
        try (Workspace ws = ((LoginResult.Success) r).workspace()) {
            LocalDate birth = LocalDate.of(1980, 3, 1);
            Patient p = TestSites.patient("张小红", TestSites.yixianId(birth, 22), Sex.FEMALE, birth);
            Patient stored = new Patient(UUID.randomUUID(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(),
                    p.ethnicityCode(), p.phone(), new Address(UiTestSupport.TOWNSHIP, null, "某村", null), null,
                    PovertyStatus.REGISTERED_POOR, p.insurance(), UiTestSupport.TOWNSHIP + "-T", null);
            patientId = ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, stored).id());
        }
        Path exports = Files.createDirectories(folder.resolve("exports"));
        AppConfig config = UiTestSupport.config(folder).withDocuments(FileTargets.folder(exports), new PdfPrinter(Optional::empty));
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(config));
        waitUntil(() -> lookup("#loginButton").tryQuery().isPresent());
        interact(() -> {
            stage.setWidth(ScreenPictures.WIDTH);
            stage.setHeight(ScreenPictures.HEIGHT);
        });
        clickOn("#usernameField").write(UiTestSupport.ADMIN);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#logoutButton").tryQuery().isPresent());
        press(KeyCode.ALT, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.ALT);
        waitUntil(() -> lookup("#auditButton").query().isFocused());
        type(KeyCode.SPACE);
        waitUntil(() -> lookup("#actionBox").tryQuery().isPresent() && !table().getItems().isEmpty());

        assertThat(table().getItems()).extracting(AuditLine::subject).contains("张**");
        assertThat(lookup(".table-cell").queryAll()).noneMatch(c -> c instanceof Labeled l && l.getText() != null
                && l.getText().contains("张小红"));
        assertThat(TextFit.cutOffOnFx("audit", stage.getScene().getRoot())).isEmpty();

        ComboBox<String> action = lookup("#actionBox").query();
        interact(() -> action.setValue("LOGIN"));
        clickOn("#searchButton");
        waitUntil(() -> !table().getItems().isEmpty() && table().getItems().stream().allMatch(l -> "LOGIN".equals(l.action())));

        interact(() -> action.setValue(null));
        clickOn("#patientField").write(patientId.toString());
        clickOn("#searchButton");
        waitUntil(() -> table().getItems().size() == 1 && table().getItems().get(0).action().equals("CREATE"));

        clickOn("#exportCsvButton");
        Path csv = exports.resolve("审计日志-" + LocalDate.now() + ".csv");
        waitUntil(() -> Files.exists(csv) && lookup("#messageLabel").<Label>query().getText().startsWith("已导出 1 条"));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("张**").doesNotContain("张小红");

        interact(() -> lookup("#patientField").<javafx.scene.control.TextField>query().clear());
        interact(() -> action.setValue("EXPORT"));
        clickOn("#searchButton");
        waitUntil(() -> table().getItems().size() == 1 && table().getItems().get(0).subject().contains(csv.getFileName().toString()));

        clickOn("#verifyButton");
        waitUntil(() -> lookup("#verdictLabel").<Label>query().getText().startsWith("审计链完整，共 "));
    }

    private TableView<AuditLine> table() {
        return lookup("#table").query();
    }
}
