package cn.screening.workstation.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.AutomaticBackup;
import cn.screening.workstation.service.BackupSettings;
import cn.screening.workstation.service.Backups;
import cn.screening.workstation.service.RestoreCheck;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.StoreOptions;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings page's backup part over a real store: the recovery password, then a backup on request. */
class BackupSettingsViewModelTest {

    @TempDir
    Path dir;
    Workspace ws;
    Settings saved = Settings.DEFAULT;
    BackupSettingsViewModel vm;

    @BeforeEach
    void open() {
        ws = TestSites.login(TestSites.countyHospital(dir.resolve("site")), "admin", TestSites.ADMIN_PASSWORD);
        var backups = new AutomaticBackup(new Backups(TestSites.FAST_KEYS, StoreOptions.DEFAULT, RestoreCheck.TABLES),
                Clock.systemDefaultZone());
        vm = new BackupSettingsViewModel(backups.port(ws), true, () -> saved, Kits.direct(new RecordingErrors()));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aRecoveryPasswordTypedTwiceLetsABackupBeMadeOnRequest() throws Exception {
        vm.load();
        assertThat(vm.state().get()).startsWith("尚未设置恢复密码");
        vm.recovery().set("recover-2026");
        vm.recoveryAgain().set("recover-2027");
        vm.setRecoveryPassword();
        assertThat(vm.message().get()).isEqualTo("两次输入的恢复密码不一致");
        assertThat(vm.messageIsError().get()).isTrue();

        vm.recoveryAgain().set("recover-2026");
        vm.setRecoveryPassword();
        assertThat(vm.message().get()).isEqualTo("恢复密码已设置。");
        assertThat(vm.state().get()).startsWith("已设置恢复密码");
        assertThat(vm.recovery().get()).isEmpty();

        vm.backupNow();
        assertThat(vm.message().get()).isEqualTo("请先填写备份文件夹并保存设置。");
        Path folder = dir.resolve("备份");
        saved = saved.withBackup(new BackupSettings(folder.toString(), 7));
        vm.backupNow();
        assertThat(vm.messageIsError().get()).as(vm.message().get()).isFalse();
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).singleElement().satisfies(f -> {
                assertThat(f.getFileName().toString()).startsWith("screening-backup-").endsWith(".scbak");
                assertThat(vm.message().get()).isEqualTo("已备份到 " + f);
            });
        }
    }
}
