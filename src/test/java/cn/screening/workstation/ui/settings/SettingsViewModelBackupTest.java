package cn.screening.workstation.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.BackupSettings;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backup folder and how many to keep are saved with the other settings, by administrators only. */
class SettingsViewModelBackupTest {

    final List<Settings> written = new ArrayList<>();
    final List<Settings> applied = new ArrayList<>();

    SettingsViewModel page(Settings current, boolean admin) {
        return new SettingsViewModel(written::add, current, admin, Kits.direct(new RecordingErrors()), applied::add);
    }

    @Test
    void anAdministratorSavesTheFolderAndAKeepWithinBounds() {
        SettingsViewModel vm = page(Settings.DEFAULT, true);
        assertThat(vm.backupKeep().get()).isEqualTo(7);
        vm.backupFolder().set("  E:\\备份 ");
        vm.backupKeep().set(0);
        vm.save();
        assertThat(written).singleElement().extracting(Settings::backup).isEqualTo(new BackupSettings("E:\\备份", 1));
        assertThat(applied).isEqualTo(written);

        vm.backupFolder().set("");
        vm.save();
        assertThat(written.get(1).backup().enabled()).isFalse();
    }

    @Test
    void anyoneElseKeepsWhatWasThere() {
        Settings current = Settings.DEFAULT.withBackup(new BackupSettings("/srv/backup", 5));
        SettingsViewModel vm = page(current, false);
        vm.backupFolder().set("/tmp/elsewhere");
        vm.save();
        assertThat(written).singleElement().extracting(Settings::backup).isEqualTo(current.backup());
    }
}
