package cn.screening.workstation.ui;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.WorkstationApp;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A workstation already set up opens at the login; a wrong password says how many tries are left. */
@Tag("slow")
class LoginScreenTest extends FxRobot {

    @TempDir
    Path folder;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        UiTestSupport.setUpClinic(folder);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(UiTestSupport.config(folder)));
        waitUntil(() -> lookup("#loginButton").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aWrongPasswordShowsTheAttemptsLeftAndClearsTheField() {
        assertThat(lookup("#progress").tryQuery()).as("the spinner is made when a login first runs, not for the first frame").isEmpty();
        clickOn("#usernameField").write(UiTestSupport.DOCTOR);
        clickOn("#passwordField").write("wrong-password1").type(KeyCode.ENTER);
        Label message = lookup("#messageLabel").query();
        waitUntil(() -> !message.getText().isEmpty());
        assertThat(message.getText()).isEqualTo("用户名或密码错误，还可尝试4次");
        assertThat(lookup("#passwordField").<PasswordField>query().getText()).isEmpty();
        assertThat(lookup("#progress").query().isVisible()).as("made by the login, hidden once it answered").isFalse();

        write("wrong-password2").type(KeyCode.ENTER);
        waitUntil(() -> message.getText().endsWith("3次"));
    }

    @Test
    void emptyFieldsAreNotSentToTheStore() {
        clickOn("#loginButton");
        assertThat(lookup("#messageLabel").<Label>query().getText()).isEqualTo("请输入用户名和密码");
    }

    @Test
    void theRightPasswordOpensTheMainWindowWithTheSiteInTheStatusBar() {
        clickOn("#usernameField").write(UiTestSupport.DOCTOR);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> lookup("#siteLabel").tryQuery().isPresent());
        assertThat(lookup("#siteLabel").<Label>query().getText()).isEqualTo("机构：七里河镇卫生院（210727102-T）");
        assertThat(lookup("#roleLabel").<Label>query().getText()).isEqualTo("乡镇医生");
        assertThat(lookup("#usersButton").query().isVisible()).isFalse();
        // 审计日志 is the administrators' only
        assertThat(lookup("#auditButton").query().isVisible()).isFalse();
    }
}
