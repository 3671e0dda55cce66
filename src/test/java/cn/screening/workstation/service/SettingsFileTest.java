package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file read back as written, and a damaged or odd one giving the defaults field by field. */
class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void whatIsSavedIsReadBack() {
        SettingsFile file = new SettingsFile(dir);
        assertThat(file.load()).isEqualTo(Settings.DEFAULT);
        Settings saved = new Settings("en", 25, "https://sync.example.cn:8443");
        file.save(saved);
        assertThat(file.load()).isEqualTo(saved);
        file.save(new Settings("zh", 0, null));
        assertThat(file.load()).isEqualTo(new Settings("zh", 0, null));
    }

    @Test
    void damagedOrOddFilesGiveTheDefaults() throws Exception {
        assertThat(loaded("{\"language\":\"en\",")).isEqualTo(Settings.DEFAULT);
        assertThat(loaded("[1,2]")).isEqualTo(Settings.DEFAULT);
        assertThat(loaded("")).isEqualTo(Settings.DEFAULT);
        // a field a newer release wrote is passed over; a missing or negative one takes its default
        assertThat(loaded("{\"theme\":{\"dark\":true},\"language\":\"en\",\"idleLockMinutes\":-3}"))
                .isEqualTo(new Settings("en", Settings.DEFAULT.idleLockMinutes(), null));
        assertThat(loaded("{\"language\":null,\"idleLockMinutes\":\"soon\",\"serverUrl\":\"http://10.0.0.2:8443\"}"))
                .isEqualTo(new Settings("zh", Settings.DEFAULT.idleLockMinutes(), "http://10.0.0.2:8443"));
    }

    @Test
    void theBackupFolderAndHowManyToKeepAreReadBackAsBackupDotFolderAndKeep() throws Exception {
        SettingsFile file = new SettingsFile(dir);
        Settings saved = Settings.DEFAULT.withBackup(new BackupSettings("D:\\备份", 3));
        file.save(saved);
        assertThat(Files.readString(dir.resolve(SettingsFile.FILE_NAME))).contains("\"backup\"").contains("\"keep\" : 3");
        assertThat(file.load()).isEqualTo(saved);
        // no backup object: none; a keep below one: the default seven
        assertThat(loaded("{\"language\":\"zh\"}").backup()).isEqualTo(BackupSettings.NONE);
        assertThat(loaded("{\"backup\":{\"folder\":\"/srv/b\",\"keep\":0,\"x\":[1]}}").backup())
                .isEqualTo(new BackupSettings("/srv/b", BackupSettings.DEFAULT_KEEP));
    }

    private Settings loaded(String json) throws Exception {
        Files.writeString(dir.resolve(SettingsFile.FILE_NAME), json, StandardCharsets.UTF_8);
        return new SettingsFile(dir).load();
    }
}
