package cn.screening.workstation.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Permission;
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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The county health bureau reads its county's samples and referrals for the dashboard (decision
 * 0025) but is offered nothing that edits them, whatever role an account there was given: no 标本,
 * 标本接收 or 转诊 section, no 采血 or 转诊 in the case window (they follow the same permissions).
 */
class BureauReadOnlySectionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} at a bureau")
    @EnumSource(value = Role.class, names = {"BUREAU_OFFICER", "COUNTY_DOCTOR", "DESIGNATED_LAB", "DESIGNATED_PHYSICIAN"})
    void noSampleOrReferralSectionIsOfferedAtABureau(Role role) {
        Workstation w = TestSites.workstation(dir);
        w.setUp(new SiteProfile("210727-B", InstitutionType.BUREAU, "210727", "义县卫生健康局"), "admin", "管理员",
                TestSites.ADMIN_PASSWORD.toCharArray());
        try (Workspace ws = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            new Accounts(ws).add("user", "李用户", role, TestSites.DOCTOR_PASSWORD.toCharArray());
        }
        try (Workspace ws = TestSites.login(w, "user", TestSites.DOCTOR_PASSWORD)) {
            ShellViewModel shell = new ShellViewModel(ws.session(), new I18n(Locale.SIMPLIFIED_CHINESE));
            assertThat(shell.maySendSamples()).as("标本").isFalse();
            assertThat(shell.mayReceiveSamples()).as("标本接收").isFalse();
            assertThat(shell.mayUseReferrals()).as("转诊").isFalse();
            assertThat(shell.mayFollowUp()).as("随访").isFalse();
            for (Permission p : new Permission[] {Permission.SEND_SAMPLES, Permission.RECEIVE_SAMPLES, Permission.REFER,
                    Permission.RECEIVE_REFERRAL, Permission.BACK_REFER}) {
                assertThat(ws.session().may(p)).as(p.name()).isFalse();
            }
            // the county's officer still reads the dashboard where the two timing charts are drawn
            assertThat(shell.mayViewDashboard()).isEqualTo(role == Role.BUREAU_OFFICER || role == Role.COUNTY_DOCTOR);
        }
    }
}
