package cn.screening.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.SettingsFile;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.StoreException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Every file of the data folder is its owner's alone (0600, folders 0700) whatever the process's
 * umask: the store and the files H2 makes beside it, the keyring and its copy, the lock-out journal,
 * the settings, the log, the exports folder. H2 writes no plain trace file, and an old one is removed.
 */
class DataFolderPermissionsTest {

    @TempDir
    Path dir;

    @Test
    void everyFileInTheDataFolderIsTheOwnersAlone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        // an earlier release's plain trace file, quoting a statement and its values
        Files.writeString(data.resolve("workstation.trace.db"), "INSERT INTO patient VALUES ('张三丰', '110105194912310021')");

        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        RollingFileAppender<ILoggingEvent> log = Logging.toFolder(data);
        try {
            Workstation w = TestSites.countyHospital(data);
            new SettingsFile(data).save(new Settings("zh", 5, "http://127.0.0.1:1"));
            w.login("doctor", "wrong-pass-1".toCharArray());
            w.login("nobody", "wrong-pass-1".toCharArray());
            try (Workspace ws = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
                // a failing statement: with H2's default trace level this writes workstation.trace.db in plain text
                assertThatThrownBy(() -> ws.database().read(tx -> tx.connection().createStatement().executeQuery("SELECT * FROM no_such_table")))
                        .isInstanceOf(StoreException.class);
                LoggerFactory.getLogger(DataFolderPermissionsTest.class).info("a line in the data folder's log");
            }
        } finally {
            root.detachAppender(log);
            log.stop();
            root.setLevel(level);
        }

        assertThat(data.resolve("workstation.trace.db")).doesNotExist();
        assertThat(data.resolve(Workstation.EXPORTS)).isDirectory();
        assertThat(data.resolve("logs/workstation.log")).isNotEmptyFile();
        Map<String, String> modes = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(data)) {
            all.forEach(p -> {
                try {
                    modes.put(data.relativize(p).toString(), PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(modes).containsKeys("", "workstation.mv.db", "keyring.json", "keyring.json.bak", "lockout.journal",
                "settings.json", "logs", "logs/workstation.log", Workstation.EXPORTS);
        modes.forEach((name, mode) -> assertThat(mode).as(name.isEmpty() ? "the data folder" : name)
                .isEqualTo(Files.isDirectory(data.resolve(name)) ? "rwx------" : "rw-------"));
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void onWindowsEveryFileAndFolderHasTheOwnersEntryAlone() throws Exception {
        Path data = dir.resolve("data");
        Workstation w = TestSites.countyHospital(data);
        TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD).close();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.toList()) {
                AclFileAttributeView view = Files.getFileAttributeView(p, AclFileAttributeView.class);
                assertThat(view.getAcl()).as(p.toString()).singleElement()
                        .satisfies(e -> assertThat(e.principal()).isEqualTo(view.getOwner()));
            }
        }
    }
}
