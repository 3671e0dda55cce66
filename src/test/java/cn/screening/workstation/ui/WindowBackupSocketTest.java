package cn.screening.workstation.ui;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.WorkstationApp;
import cn.screening.workstation.service.WindowBackupClient;
import cn.screening.workstation.service.WindowBackups;
import cn.screening.workstation.store.ControlSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The window listens for `backup create` once a user has logged in, and stops at the logout (decision 0024). */
@Tag("slow")
class WindowBackupSocketTest extends FxRobot {

    @TempDir
    Path dir;
    private Application app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theLoggedInWindowMakesTheCommandLinesBackupAndTheLogoutRemovesTheSocket() throws Exception {
        Path folder = dir.resolve("data");
        UiTestSupport.setUpClinic(folder);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(UiTestSupport.config(folder)));
        waitUntil(() -> present("#loginButton"));
        Path socket = folder.toAbsolutePath().resolve(ControlSocket.SOCKET);
        assertThat(socket).as("no store open, nothing to listen for").doesNotExist();

        clickOn("#usernameField").write(UiTestSupport.DOCTOR);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> present("#logoutButton"));
        waitUntil(() -> Files.exists(socket));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");

        Path file = dir.resolve("b.scbak");
        WindowBackups.Answer a;
        try (WindowBackupClient client = WindowBackupClient.connect(folder).orElseThrow()) {
            a = client.ask(new WindowBackups.Request(UiTestSupport.ADMIN, UiTestSupport.PASSWORD.toCharArray(),
                    "recover-2026".toCharArray(), file.toString(), "zh"));
        }
        assertThat(a.ok()).as(a.error()).isTrue();
        assertThat(file).exists();

        clickOn("#logoutButton");
        waitUntil(() -> present("#loginButton"));
        waitUntil(() -> !Files.exists(socket));
        assertThat(WindowBackupClient.connect(folder)).isEmpty();
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }
}
