package cn.screening.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.ui.UiTestSupport;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's second thread makes the window's context while the toolkit starts, or fails as init would. */
class StartupWarmUpTest {

    @TempDir
    Path dir;

    @Test
    void theContextIsMadeForTheDataFolderInTheChosenLanguage() throws Exception {
        Path folder = dir.resolve("data");
        UiTestSupport.setUpClinic(folder);

        try (AppContext ctx = StartupWarmUp.start(folder, "en").get(60, TimeUnit.SECONDS)) {
            assertThat(ctx.config().dataFolder()).isEqualTo(folder);
            assertThat(ctx.workstation().isSetUp()).isTrue();
            assertThat(ctx.i18n().locale()).isEqualTo(Locale.ENGLISH);
            assertThat(ctx.i18n().get("login.submit")).isEqualTo("Log in");
        }
    }

    @Test
    void withoutALanguageOnTheCommandLineTheSettingsFileChooses() throws Exception {
        Path folder = dir.resolve("data");
        UiTestSupport.setUpClinic(folder);
        Files.writeString(folder.resolve("settings.json"), "{\"language\": \"en\"}");

        for (String none : new String[] {null, " "}) {
            try (AppContext ctx = StartupWarmUp.start(folder, none).get(60, TimeUnit.SECONDS)) {
                assertThat(ctx.settings().language()).isEqualTo("en");
                assertThat(ctx.texts().locale()).isEqualTo(Locale.ENGLISH);
            }
        }
    }

    @Test
    void theLoginWindowsClassesAreLoadedAheadFromAListThatIsNotStale() throws Exception {
        List<String> listed;
        try (var in = StartupWarmUp.class.getResourceAsStream(StartupWarmUp.FIRST_WINDOW)) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(listed).contains("cn.screening.workstation.ui.login.LoginController", "javafx.scene.control.skin.TextFieldSkin");

        // a class renamed or removed since the list was taken is skipped; most of them must still be there
        assertThat(StartupWarmUp.loadAhead()).isGreaterThan(listed.size() * 9 / 10);
    }
}
