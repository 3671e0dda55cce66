package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutomaticBackupTest {

    static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    static final Instant DAY_ONE = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path dir;
    Workspace ws;
    Path folder;
    final Backups backups = new Backups(TestSites.FAST_KEYS, StoreOptions.DEFAULT, RestoreCheck.TABLES);

    @BeforeEach
    void open() {
        ws = TestSites.login(TestSites.countyHospital(dir.resolve("site")), "admin", TestSites.ADMIN_PASSWORD);
        folder = dir.resolve("备份");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    AutomaticBackup on(int day) {
        return new AutomaticBackup(backups, Clock.fixed(DAY_ONE.plus(day, ChronoUnit.DAYS), COUNTY));
    }

    @Test
    void oneFileADayAndOnlyTheNewestNAreKept() throws Exception {
        AutomaticBackup.setRecoveryPassword(ws, "recover-2026".toCharArray());
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "not a backup");
        BackupSettings keep3 = new BackupSettings(folder.toString(), 3);
        for (int day = 0; day < 5; day++) {
            assertThat(on(day).runIfDue(ws, keep3)).isInstanceOf(AutomaticBackup.Outcome.Made.class);
        }
        assertThat(on(4).runIfDue(ws, keep3)).isInstanceOf(AutomaticBackup.Outcome.AlreadyToday.class);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.txt",
                    "screening-backup-2026-12-03.scbak", "screening-backup-2026-12-04.scbak", "screening-backup-2026-12-05.scbak");
        }
        // the newest opens with the password set in the settings, and the accounts log in as before
        Path restored = dir.resolve("restored");
        backups.restore(folder.resolve("screening-backup-2026-12-05.scbak"), "recover-2026".toCharArray(), restored, Clock.systemDefaultZone());
        assertThat(TestSites.workstation(restored).login("doctor", TestSites.DOCTOR_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(LoginResult.Success.class, s -> s.workspace().close());
    }

    @Test
    void withoutARecoveryPasswordItRefusesInChineseAndWritesNothing() {
        BackupSettings settings = new BackupSettings(folder.toString(), 7);
        assertThatThrownBy(() -> on(0).runIfDue(ws, settings)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(new Texts(java.util.Locale.SIMPLIFIED_CHINESE).of(e)).contains("恢复密码"));
        assertThat(Files.exists(folder)).isFalse();
        assertThat(on(0).runIfDue(ws, BackupSettings.NONE)).isInstanceOf(AutomaticBackup.Outcome.Off.class);
    }

    @Test
    void onlyAnAdministratorSetsTheRecoveryPasswordAndAWeakOneIsRefused() {
        assertThatThrownBy(() -> AutomaticBackup.setRecoveryPassword(ws, "short".toCharArray()))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("error.backup.recoveryWeak"));
        try (Workspace doctor = TestSites.login(TestSites.workstation(dir.resolve("site")), "doctor", TestSites.DOCTOR_PASSWORD)) {
            assertThatThrownBy(() -> AutomaticBackup.setRecoveryPassword(doctor, "recover-2026".toCharArray()))
                    .isInstanceOf(ServiceException.class);
        }
        assertThat(AutomaticBackup.hasRecoveryPassword(ws)).isFalse();
    }
}
