package cn.screening.workstation.ui.settings;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.BackupPort;
import cn.screening.workstation.service.PrivacyChoices;
import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.SettingsFile;
import cn.screening.workstation.service.SyncSettingsPort;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.ui.shell.ScreenKit;
import cn.screening.workstation.ui.shell.ScreenRegistry;
import cn.screening.workstation.ui.shell.Section;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** 系统设置: this PC's settings and its enrolment with the province, wired. */
public final class SettingsScreens {

    private SettingsScreens() {
    }

    /**
     * @param current  the settings as they are when the page opens
     * @param saved    told the settings as saved (a new language reloads the window)
     * @param sync     the enrolment of the session's sync
     * @param enrolled told after this PC was enrolled from the page
     * @param backups  the recovery password of automatic backups, and a backup on request
     */
    public static void register(ScreenRegistry r, ScreenKit kit, Services services, SettingsFile file, Supplier<Settings> current,
                                Consumer<Settings> saved, SyncSettingsPort sync, Runnable enrolled, BackupPort backups) {
        boolean admin = services.workspace().session().may(Permission.MANAGE_SETTINGS);
        r.section(Section.SETTINGS, SettingsController.class, () -> new SettingsController(
                new SettingsViewModel(file, current.get(), admin, kit, saved),
                new SyncSettingsViewModel(sync, admin, kit, enrolled),
                new BackupSettingsViewModel(backups, admin, current, kit),
                new PrivacySettingsViewModel(new PrivacyChoices(services.workspace()), admin, kit), kit.i18n()));
    }
}
