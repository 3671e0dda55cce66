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

    private Settings loaded(String json) throws Exception {
        Files.writeString(dir.resolve(SettingsFile.FILE_NAME), json, StandardCharsets.UTF_8);
        return new SettingsFile(dir).load();
    }
}
