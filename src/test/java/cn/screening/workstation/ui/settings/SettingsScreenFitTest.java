package cn.screening.workstation.ui.settings;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.AutomaticBackup;
import cn.screening.workstation.service.Backups;
import cn.screening.workstation.service.RestoreCheck;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.SettingsFile;
import cn.screening.workstation.service.SyncSettingsPort;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.StoreOptions;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.PageStage;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.ScreenPictures;
import cn.screening.workstation.ui.TextFit;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The settings page as an administrator sees it, with its three columns of parts (this PC, the
 * province, backups and privacy), in the room the shell leaves it at 1366×768, in both languages: no text cut off.
 */
@Tag("slow")
class SettingsScreenFitTest extends FxRobot {

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    private Workspace ws;
    private ExecutorService executor;
    private final RecordingErrors errors = new RecordingErrors();

    private Stage stage;

    @AfterEach
    void stop() throws Exception {
        if (stage != null) { // the primary stage outlives this class: give it back at full size
            interact(() -> {
                stage.setWidth(ScreenPictures.WIDTH);
                stage.setHeight(ScreenPictures.HEIGHT);
            });
        }
        FxToolkit.cleanupStages();
        executor.shutdownNow();
        ws.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyTextShowsWholeForAnAdministrator(String language) throws Exception {
        ws = TestSites.login(TestSites.countyHospital(dir.resolve("site")), "admin", TestSites.ADMIN_PASSWORD);
        executor = Executors.newSingleThreadExecutor();
        I18n i18n = new I18n("en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        var kit = Kits.kit(Tasks.background(executor, errors), i18n, Clock.systemDefaultZone(), Kits.nowhere(), FileTargets.folder(dir));
        SyncSettingsPort notEnrolled = new SyncSettingsPort() {
            public Enrolment current() {
                return new Enrolment(false, null, null);
            }

            public String enrol(String serverUrl, String code) {
                throw new AssertionError("not enrolled here");
            }

            public void changeServer(String serverUrl) {
                throw new AssertionError("not changed here");
            }
        };
        var backups = new AutomaticBackup(new Backups(TestSites.FAST_KEYS, StoreOptions.DEFAULT, RestoreCheck.TABLES),
                Clock.systemDefaultZone());
        ScreenRegistry registry = new ScreenRegistry();
        SettingsScreens.register(registry, kit, TestSites.services(ws), new SettingsFile(dir.resolve("site")), () -> Settings.DEFAULT,
                s -> { }, notEnrolled, () -> { }, backups.port(ws));
        stage = PageStage.show(i18n, SettingsController.class,
                () -> (SettingsController) registry.controllers().get(SettingsController.class).get());
        Label state = lookup("#backupStateLabel").query();
        waitUntil(() -> !state.getText().isEmpty());
        interact(() -> { // the room the shell leaves a page: the navigation beside it, the status bar under it
            stage.setWidth(ScreenPictures.WIDTH - 170);
            stage.setHeight(ScreenPictures.HEIGHT - 90);
        });
        assertThat(TextFit.cutOffOnFx("settings", stage.getScene().getRoot())).isEmpty();
        assertThat(errors.seen).isEmpty();
        ScreenPictures.take(stage, language + "-settings.png");
    }
}
