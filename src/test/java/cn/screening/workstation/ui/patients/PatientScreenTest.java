package cn.screening.workstation.ui.patients;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.PatientListItem;
import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.UiTestSupport;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The 224 patients of samples/patients-yixian.csv imported at a township clinic of 义县, then the
 * whole window at 1366×768: the doctor finds patients by name, ID number and township on 患者,
 * opens one, and starts a case for them.
 */
@Tag("slow")
class PatientScreenTest extends FxRobot {

    /** 汤安壮, 七里河镇, a man: line 3 of the sample list. */
    static final String TANG_ID = "210727198705227832";

    @TempDir
    Path folder;
    private Application app;
    private TableView<PatientListItem> table;

    @BeforeEach
    void start() throws Exception {
        UiTestSupport.setUpClinic(folder);
        LoginResult r = UiTestSupport.workstation(folder).login(UiTestSupport.DOCTOR, UiTestSupport.PASSWORD.toCharArray());
        try (Workspace ws = ((LoginResult.Success) r).workspace()) {
            var importer = new Services(ws, RuleBook.defaults(), new Texts(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai"))
                    .patientImport();
            assertThat(importer.commit(importer.preview(Path.of("samples", "patients-yixian.csv"))).imported()).isEqualTo(224);
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(UiTestSupport.config(folder)));
        waitUntil(() -> present("#loginButton"));
        interact(() -> {
            stage.setWidth(ScreenPictures.WIDTH);
            stage.setHeight(ScreenPictures.HEIGHT);
        });
        clickOn("#usernameField").write(UiTestSupport.DOCTOR);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> present("#logoutButton"));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void findOpenAndStartACaseForAnImportedPatient() throws Exception {
        clickOn("#patientsButton");
        waitUntil(() -> present("#nameFilter") && text("#pageLabel").equals("共 224 条，第 1/5 页"));
        table = lookup("#table").query();
        assertThat(table.getItems()).hasSize(50);
        assertThat(table.getItems()).allSatisfy(i -> assertThat(i.maskedIdNumber()).matches("\\d{6}\\*{8}[\\dX]{4}"));
        ScreenPictures.take(table.getScene(), "patients.png");
        // every column of the list shows at 1366×768, none squeezed to nothing
        assertThat(table.getColumns()).allSatisfy(c -> assertThat(c.getWidth()).isGreaterThan(40));

        byName();
        byIdNumber();
        byTownship();
        openAndStartACase();
    }

    private void byName() {
        clickOn("#nameFilter").write("汤").type(KeyCode.ENTER);
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().stream().allMatch(i -> i.maskedName().startsWith("汤")));
        assertThat(table.getItems()).anySatisfy(i -> assertThat(i.maskedName()).isEqualTo("汤**"));
        clickOn("清除条件");
        waitUntil(() -> text("#pageLabel").equals("共 224 条，第 1/5 页"));
    }

    private void byIdNumber() {
        clickOn("#idFilter").write(TANG_ID).type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).maskedName()).isEqualTo("汤**");
        assertThat(table.getItems().get(0).maskedIdNumber()).isEqualTo("210727********7832");
        assertThat(table.getItems().get(0).townshipName()).isEqualTo("七里河镇");
        assertThat(lookup(".table-cell").queryAll()).noneMatch(c -> c instanceof Labeled l && TANG_ID.equals(l.getText()));
        clickOn("清除条件");
        waitUntil(() -> text("#pageLabel").equals("共 224 条，第 1/5 页"));
    }

    private void byTownship() {
        ComboBox<Division> township = lookup("#townshipFilter").query();
        waitUntil(() -> township.getItems().stream().anyMatch(d -> d != null && d.name().equals("七里河镇")));
        interact(() -> township.setValue(township.getItems().stream().filter(d -> d != null && d.name().equals("七里河镇"))
                .findFirst().orElseThrow()));
        clickOn("#searchButton");
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().size() < 50
                && table.getItems().stream().allMatch(i -> "七里河镇".equals(i.townshipName())));
        assertThat(text("#pageLabel")).isEqualTo("共 " + table.getItems().size() + " 条，第 1/1 页");
        assertThat(table.getItems()).anySatisfy(i -> assertThat(i.maskedIdNumber()).isEqualTo("210727********7832"));
    }

    private void openAndStartACase() throws Exception {
        interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(i -> i.maskedIdNumber().equals("210727********7832")).findFirst().orElseThrow()));
        clickOn("#openButton");
        waitUntil(() -> present("#startCaseButton"));
        assertThat(text("#idNumberLabel")).isEqualTo("210727********7832");
        TableView<PatientRecord.CaseLine> cases = lookup("#caseTable").query();
        assertThat(cases.getItems()).isEmpty();
        ScreenPictures.take(cases.getScene(), "patient-details.png");

        // a township doctor may see the full number; the service records that they did
        clickOn("#revealIdButton");
        waitUntil(() -> text("#idNumberLabel").equals(TANG_ID));
        assertThat(text("#revealMessageLabel")).contains("已记录查看");

        clickOn("#startCaseButton");
        waitUntil(() -> present("#knownPatientLabel"));
        assertThat(present("#startCaseButton")).isFalse();
        assertThat(text("#knownPatientLabel")).contains("汤**").contains("210727********7832").doesNotContain(TANG_ID);
        assertThat(present("#idNumberField")).isFalse();
        clickOn("#trigger-JOINT_BLEED");
        clickOn("#lab-aptt").write("58");
        waitUntil(() -> "疑似".equals(text("#classificationLabel")));
        ScreenPictures.take(lookup("#classificationLabel").query().getScene(), "registration-known-patient.png");
        press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> text("#statusLabel").startsWith("已保存"));
        // the case went to the imported patient: no second patient, and their record lists it
        waitUntil(() -> !present("#knownPatientLabel"));

        clickOn("#patientsButton");
        TextField id = lookup("#idFilter").query();
        interact(() -> id.setText(TANG_ID));
        clickOn(id).type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(text("#pageLabel")).isEqualTo("共 1 条，第 1/1 页");
        interact(() -> table.getSelectionModel().select(0));
        clickOn("#openButton");
        waitUntil(() -> present("#caseTable") && lookup("#caseTable").<TableView<?>>query().getItems().size() == 1);
        clickOn("#startCaseButton");
        waitUntil(() -> present("#knownPatientLabel"));
        clickOn("#patientsButton");
        clickOn("清除条件");
        waitUntil(() -> text("#pageLabel").equals("共 224 条，第 1/5 页"));
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().filter(PatientScreenTest::shown).isPresent();
    }

    // visible itself and inside visible parents, in a window that is showing
    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    private String text(String query) {
        Node n = lookup(query).query();
        return n instanceof Label l ? l.getText() : String.valueOf(n);
    }
}
