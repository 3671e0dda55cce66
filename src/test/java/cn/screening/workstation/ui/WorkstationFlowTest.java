package cn.screening.workstation.ui;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.service.CaseListItem;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The first day at a township clinic: set-up wizard, administrator adds a doctor, the doctor
 * registers a suspected hemophilia case (a mistyped ID first) and finds it, masked, in the list.
 */
@Tag("slow")
class WorkstationFlowTest extends FxRobot {

    @TempDir
    Path folder;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(UiTestSupport.config(folder)));
        waitUntil(() -> present("#nextButton"));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void setUpLogInRegisterAndFindTheCase() {
        setUpTheClinic();
        logIn(UiTestSupport.ADMIN);
        addTheDoctor();
        clickOn("#logoutButton");
        waitUntil(() -> present("#loginButton"));
        logIn(UiTestSupport.DOCTOR);

        registerWithAMistypedIdFirst();
        registerTheBoy();
        findHimInTheCaseList();
    }

    private void setUpTheClinic() {
        clickOn("#nameField").write("七里河镇卫生院");
        clickOn("#nextButton");
        choose("#provinceBox", "辽宁省");
        choose("#cityBox", "锦州市");
        choose("#countyBox", "义县");
        choose("#townshipBox", "七里河镇");
        clickOn("#nextButton");
        clickOn("#usernameField").write(UiTestSupport.ADMIN);
        clickOn("#displayNameField").write("王管理");
        clickOn("#passwordField").write(UiTestSupport.PASSWORD);
        clickOn("#passwordAgainField").write(UiTestSupport.PASSWORD);
        clickOn("#nextButton");
        waitUntil(() -> present("#loginButton"));
    }

    private void logIn(String user) {
        clickOn("#usernameField").write(user);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> present("#logoutButton"));
    }

    private void addTheDoctor() {
        clickOn("#usersButton");
        waitUntil(() -> present("#addButton"));
        clickOn("#usernameField").write(UiTestSupport.DOCTOR);
        clickOn("#displayNameField").write("李医生");
        clickOn("#passwordField").write(UiTestSupport.PASSWORD);
        clickOn("#passwordAgainField").write(UiTestSupport.PASSWORD);
        clickOn("#addButton");
        waitUntil(() -> lookup(".table-row-cell").queryAll().stream().anyMatch(r -> r.lookupAll(".table-cell").stream()
                .anyMatch(c -> c instanceof javafx.scene.control.Labeled l && UiTestSupport.DOCTOR.equals(l.getText()))));
    }

    private void registerWithAMistypedIdFirst() {
        assertThat(lookup("#todayButton").<javafx.scene.control.ToggleButton>query().isSelected()).isTrue();
        clickOn("#registerButton");
        waitUntil(() -> present("#idNumberField") && !comboItemsEmpty("#townshipBox"));
        clickOn("#nameField").write("李小明");
        clickOn("#idNumberField").write(UiTestSupport.BAD_ID).type(KeyCode.TAB);
        waitUntil(() -> text("#idNumberMessage").contains("校验位"));
        clickOn("#trigger-JOINT_BLEED");
        clickOn("#note-JOINT_BLEED").write("右膝反复肿胀");
        // the lab fields show once the form has laid out the disease's section: on a busy machine, a pulse later
        waitUntil(() -> lookup("#lab-aptt").tryQuery().filter(n -> org.testfx.util.NodeQueryUtils.isVisible().test(n)).isPresent());
        clickOn("#lab-aptt").write("58");
        waitUntil(() -> "疑似".equals(text("#classificationLabel")));

        press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> text("#statusLabel").contains("未保存"));
        assertThat(text("#idNumberMessage")).contains("身份证号码校验位错误");
        assertThat(text("#syncLabel")).isEqualTo("同步：无待上传记录");
    }

    private void registerTheBoy() {
        TextField id = lookup("#idNumberField").query();
        interact(id::clear);
        clickOn(id).write(UiTestSupport.GOOD_ID).type(KeyCode.TAB);
        waitUntil(() -> text("#idNumberMessage").isEmpty());
        assertThat(lookup("#sexBox").<ComboBox<?>>query().getValue()).hasToString("MALE");
        press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> text("#statusLabel").startsWith("已保存") || present("#warningsDialog"));
        if (present("#warningsDialog")) {
            clickOn("已确认，保存");
            waitUntil(() -> text("#statusLabel").startsWith("已保存"));
        }
        assertThat(text("#statusLabel")).contains("疑似");
        waitUntil(() -> text("#syncLabel").contains("2 条记录待上传"));
    }

    private void findHimInTheCaseList() {
        press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        TableView<CaseListItem> table = lookup("#table").query();
        waitUntil(() -> table.getItems().size() == 1);
        CaseListItem row = table.getItems().get(0);
        assertThat(row.maskedName()).isEqualTo("李**");
        assertThat(row.maskedIdNumber()).isEqualTo("210727********1237");
        assertThat(text("#pageLabel")).isEqualTo("共 1 条，第 1/1 页");
        assertThat(lookup("李**").tryQuery()).isPresent();
    }

    private void choose(String query, String name) {
        ComboBox<Division> box = lookup(query).query();
        waitUntil(() -> box.getItems().stream().anyMatch(d -> d.name().equals(name)));
        interact(() -> box.setValue(box.getItems().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow()));
    }

    private boolean comboItemsEmpty(String query) {
        return lookup(query).<ComboBox<?>>query().getItems().isEmpty();
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    private String text(String query) {
        Node n = lookup(query).query();
        return n instanceof Label l ? l.getText() : String.valueOf(n);
    }
}
