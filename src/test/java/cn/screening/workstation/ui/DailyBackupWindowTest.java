package cn.screening.workstation.ui;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.service.AutomaticBackup;
import cn.screening.workstation.service.BackupSettings;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.SettingsFile;
import cn.screening.workstation.service.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The window's daily backup after a login: the file in the folder of the settings, or the reason in the status bar. */
@Tag("slow")
class DailyBackupWindowTest extends FxRobot {

    @TempDir
    Path dir;
    private Application app;

    private Path start(boolean recoveryPasswordSet) throws Exception {
        Path folder = dir.resolve("data");
        Path backups = dir.resolve("备份");
        UiTestSupport.setUpClinic(folder);
        new SettingsFile(folder).save(Settings.DEFAULT.withBackup(new BackupSettings(backups.toString(), 7)));
        if (recoveryPasswordSet) {
            LoginResult r = UiTestSupport.workstation(folder).login(UiTestSupport.ADMIN, UiTestSupport.PASSWORD.toCharArray());
            try (Workspace ws = ((LoginResult.Success) r).workspace()) {
                AutomaticBackup.setRecoveryPassword(ws, "recover-2026".toCharArray());
            }
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(UiTestSupport.config(folder)));
        waitUntil(() -> present("#loginButton"));
        clickOn("#usernameField").write(UiTestSupport.DOCTOR);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> present("#logoutButton"));
        return backups;
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void withoutARecoveryPasswordTheStatusBarSaysWhyInChinese() throws Exception {
        Path backups = start(false);
        waitUntil(() -> !text("#backupProblemLabel").isEmpty());
        assertThat(text("#backupProblemLabel")).startsWith("自动备份失败：自动备份尚未设置恢复密码");
        assertThat(backups).doesNotExist();
        assertThat(present("#logoutButton")).as("the session goes on").isTrue();
    }

    @Test
    void afterTheLoginTodaysFileIsInTheFolder() throws Exception {
        Path backups = start(true);
        waitUntil(() -> daily(backups) == 1);
        assertThat(text("#backupProblemLabel")).isEmpty();
    }

    private static long daily(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("screening-backup-\\d{4}-\\d{2}-\\d{2}\\.scbak")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    private String text(String query) {
        return lookup(query).<Label>query().getText();
    }
}
