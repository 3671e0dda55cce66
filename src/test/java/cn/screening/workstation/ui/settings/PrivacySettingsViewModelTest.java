package cn.screening.workstation.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.PrivacyChoices;
import cn.screening.workstation.service.PrivacySettings;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings page's privacy part over a real store: an administrator sets the retention, audited; a doctor may not. */
class PrivacySettingsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void anAdministratorSetsTheRetentionWhichIsKeptAndAudited() {
        var station = TestSites.countyHospital(dir.resolve("site"));
        try (Workspace ws = TestSites.login(station, "admin", TestSites.ADMIN_PASSWORD)) {
            var vm = new PrivacySettingsViewModel(new PrivacyChoices(ws), true, Kits.direct(new RecordingErrors()));
            vm.load();
            assertThat(vm.exportDays().get()).isEqualTo(30);
            assertThat(vm.auditMonths().get()).isEqualTo(36);

            vm.exportDays().set(-1);
            vm.save();
            assertThat(vm.messageIsError().get()).isTrue();
            assertThat(vm.message().get()).isEqualTo("保留期限不能为负数（0 表示一直保留）");
            assertThat(PrivacySettings.load(ws.database().folder())).isEqualTo(PrivacySettings.DEFAULT);

            vm.exportDays().set(14);
            vm.auditMonths().set(60);
            vm.save();
            assertThat(vm.message().get()).isEqualTo("隐私设置已保存");
            assertThat(vm.messageIsError().get()).isFalse();
            assertThat(PrivacySettings.load(ws.database().folder())).isEqualTo(new PrivacySettings(14, 60));
            assertThat(auditDetail(ws)).isEqualTo("exportRetentionDays=14 auditRetentionMonths=60");
        }
        try (Workspace ws = TestSites.login(station, "doctor", TestSites.DOCTOR_PASSWORD)) {
            var vm = new PrivacySettingsViewModel(new PrivacyChoices(ws), false, Kits.direct(new RecordingErrors()));
            assertThat(vm.mayChange()).isFalse();
            vm.exportDays().set(0);
            vm.save();
            assertThat(vm.messageIsError().get()).isTrue();
            assertThat(PrivacySettings.load(ws.database().folder())).isEqualTo(new PrivacySettings(14, 60));
        }
    }

    private static String auditDetail(Workspace ws) {
        return ws.database().read(tx -> {
            try (Statement st = tx.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT detail FROM audit_log WHERE action = 'SETTINGS_CHANGED' AND entity_type = 'privacy'")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
