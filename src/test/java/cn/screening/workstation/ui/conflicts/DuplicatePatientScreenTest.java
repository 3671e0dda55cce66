package cn.screening.workstation.ui.conflicts;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.ui.UiTestSupport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** 同步冲突 → 重复患者: the refused duplicate is listed masked, and 合并到已有患者 removes it from here. */
@Tag("slow")
class DuplicatePatientScreenTest extends FxRobot {

    private static final UUID EXISTING = UUID.fromString("0d9e6c1a-3f7b-4a52-9c11-7e2b5a8d4f60");
    private static final String OTHER_TOWNSHIP = "210727103-T";
    private static final String ID_NUMBER = TestSites.yixianId(LocalDate.of(1985, 3, 7), 31);

    @TempDir
    Path folder;
    private Application app;
    private UUID duplicate;

    @BeforeEach
    void start() throws Exception {
        UiTestSupport.setUpClinic(folder);
        duplicate = refusedAsDuplicate();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(UiTestSupport.config(folder)));
        waitUntil(() -> lookup("#loginButton").tryQuery().isPresent());
        clickOn("#usernameField").write(UiTestSupport.DOCTOR);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#summaryLabel").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theDuplicateIsListedMaskedAndTheMergeButtonMergesIt() throws Exception {
        clickOn("#conflictsButton");
        waitUntil(() -> lookup("#duplicateTable").tryQuery().isPresent()
                && !lookup("#duplicateTable").<TableView<DuplicateRow>>query().getItems().isEmpty());
        TableView<DuplicateRow> table = lookup("#duplicateTable").query();
        DuplicateRow row = table.getItems().get(0);
        assertThat(row.localPatient()).isNotEqualTo("周建国").startsWith("周");
        assertThat(row.localIdNumber()).isNotEqualTo(ID_NUMBER).contains("*");
        // a site the reference data has not brought here yet shows by its code
        assertThat(row.existingSite()).isEqualTo(OTHER_TOWNSHIP);
        assertThat(row.existingId()).isEqualTo(EXISTING.toString());
        assertThat(lookup("#mergeButton").<Button>query().isDisabled()).isTrue();

        clickOn(lookup("#duplicateTable .table-row-cell").nth(0).<javafx.scene.Node>query());
        clickOn("#mergeButton");
        waitUntil(() -> table.getItems().isEmpty());
        assertThat(lookup("#duplicateMessageLabel").<Label>query().getText()).contains("合并到" + OTHER_TOWNSHIP + "登记的已有患者");

        // the app closes its store before the check reads it
        FxToolkit.cleanupApplication(app);
        app = null;
        LoginResult r = UiTestSupport.workstation(folder).login(UiTestSupport.ADMIN, UiTestSupport.PASSWORD.toCharArray());
        try (Workspace ws = ((LoginResult.Success) r).workspace()) {
            Optional<Patient> gone = ws.database().read(tx -> ws.patients().findById(tx, duplicate));
            Optional<Patient> kept = ws.database().read(tx -> ws.patients().findById(tx, EXISTING));
            List<OutboxEntry> refused = ws.database().read(tx -> ws.outbox().entriesFor(tx, EntityTypes.PATIENT, duplicate));
            assertThat(gone).isEmpty();
            assertThat(kept).hasValueSatisfying(p -> assertThat(p.idNumber()).isEqualTo(ID_NUMBER));
            assertThat(refused).isEmpty();
        }
    }

    /** A patient registered here whose create the province refused, naming another township's patient as the existing one. */
    private UUID refusedAsDuplicate() {
        LoginResult r = UiTestSupport.workstation(folder).login(UiTestSupport.ADMIN, UiTestSupport.PASSWORD.toCharArray());
        try (Workspace ws = ((LoginResult.Success) r).workspace()) {
            Patient base = TestSites.patient("周建国", ID_NUMBER, Sex.MALE, LocalDate.of(1985, 3, 7));
            Patient p = new Patient(UUID.randomUUID(), base.name(), base.idType(), base.idNumber(), base.sex(), base.birthDate(),
                    base.ethnicityCode(), base.phone(), base.address(), base.guardian(), base.povertyStatus(), base.insurance(),
                    UiTestSupport.TOWNSHIP + "-T", null);
            return ws.database().write(ws.session().actor(), tx -> {
                ws.patients().insert(tx, p);
                UUID change = ws.outbox().entriesFor(tx, EntityTypes.PATIENT, p.id()).get(0).changeId();
                ws.outbox().quarantine(tx, change, List.of(new Reason("duplicate_id_number", "idNumber", "该证件号码已由本县（区）另一患者登记",
                        EXISTING, OTHER_TOWNSHIP)));
                return p.id();
            });
        }
    }
}
