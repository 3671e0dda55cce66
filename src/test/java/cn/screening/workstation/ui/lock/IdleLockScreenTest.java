package cn.screening.workstation.ui.lock;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.UiTestSupport;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The idle lock over a form, as the main window stacks them: while locked, typing, Tab and the
 * window's Ctrl+N reach neither the form nor the window; the user's password opens it again.
 */
@Tag("slow")
class IdleLockScreenTest extends FxRobot {

    @TempDir
    Path dir;
    private Workspace ws;
    private ExecutorService executor;
    private IdleLockViewModel lock;
    private final AtomicInteger newForms = new AtomicInteger();
    private TextField form;

    @BeforeEach
    void start() throws Exception {
        UiTestSupport.setUpClinic(dir);
        ws = ((LoginResult.Success) UiTestSupport.workstation(dir).login(UiTestSupport.DOCTOR,
                UiTestSupport.PASSWORD.toCharArray())).workspace();
        executor = Executors.newSingleThreadExecutor();
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        Tasks tasks = Tasks.background(executor, new RecordingErrors());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            form = new TextField();
            form.setId("formField");
            var view = new ViewLoader(i18n, Map.of(IdleLockController.class, () -> new IdleLockController(new IdleLockViewModel(
                    new Accounts(ws), Kits.kit(tasks, Clock.system(ZoneId.of("Asia/Shanghai")), Kits.nowhere()), () -> { }),
                    () -> { }))).load(IdleLockController.class);
            lock = view.controller().viewModel();
            Scene scene = new Scene(new StackPane(new VBox(form), view.root()), ScreenPictures.WIDTH, ScreenPictures.HEIGHT);
            // the window's own shortcut, as the shell installs it
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), newForms::incrementAndGet);
            s.setScene(scene);
            s.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        ws.close();
    }

    @Test
    void whileLockedNoKeyReachesTheFormOrTheWindowShortcuts() {
        clickOn("#formField").write("abc");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> newForms.get() == 1); // the shortcut works while unlocked

        interact(lock::lock);
        PasswordField password = lookup("#passwordField").query();
        waitUntil(password::isFocused);
        write("xyz");
        for (int i = 0; i < 4; i++) {
            type(KeyCode.TAB);
            write("q");
        }
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        type(KeyCode.BACK_SPACE);
        assertThat(form.getText()).isEqualTo("abc");
        assertThat(newForms.get()).isEqualTo(1);
        assertThat(lock.locked().get()).isTrue();

        interact(() -> {
            password.requestFocus();
            password.clear();
        });
        write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> !lock.locked().get());
        clickOn("#formField").write("d");
        assertThat(form.getText()).endsWith("d");
    }
}
