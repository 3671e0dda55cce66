package cn.screening.workstation.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.ui.common.I18n;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 统计看板 is offered where the county's report is made: county doctors and the bureau, not a township or a hospital. */
class DashboardVisibilityTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1} at a {0} site: {3}")
    @CsvSource({"COUNTY, COUNTY_DOCTOR, 210727, true", "BUREAU, BUREAU_OFFICER, 210727, true",
            "TOWNSHIP, TOWNSHIP_DOCTOR, 210727100, false", "DESIGNATED, DESIGNATED_PHYSICIAN, 210702, false",
            "COUNTY, ADMIN, 210727, false"})
    void theDashboardIsShownToWhoMakesTheCountysReport(InstitutionType type, Role role, String division, boolean shown) {
        Workstation w = TestSites.workstation(dir);
        w.setUp(new SiteProfile(division + "-X", type, division, "某机构"), "admin", "管理员", TestSites.ADMIN_PASSWORD.toCharArray());
        if (role != Role.ADMIN) {
            try (Workspace ws = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
                new Accounts(ws).add("user", "李用户", role, TestSites.DOCTOR_PASSWORD.toCharArray());
            }
        }
        String user = role == Role.ADMIN ? "admin" : "user";
        try (Workspace ws = TestSites.login(w, user, role == Role.ADMIN ? TestSites.ADMIN_PASSWORD : TestSites.DOCTOR_PASSWORD)) {
            assertThat(new ShellViewModel(ws.session(), new I18n(Locale.SIMPLIFIED_CHINESE)).mayViewDashboard()).isEqualTo(shown);
        }
    }
}
