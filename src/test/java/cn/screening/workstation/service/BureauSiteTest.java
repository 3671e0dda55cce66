package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.domain.user.UserAccount;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A county health bureau's workstation: set up at its county (6 digits), it reads and certifies but
 * never registers, imports, takes samples or keeps ledger rows, whatever the account's role.
 */
class BureauSiteTest {

    static final SiteProfile BUREAU = new SiteProfile("210727-B", InstitutionType.BUREAU, "210727", "义县卫生健康局");

    @Test
    void aBureauSitsAtItsCounty() {
        DivisionCatalogue divisions = new DivisionCatalogue();
        assertThat(SiteCodes.check(InstitutionType.BUREAU, "210727", divisions)).isEqualTo("210727");
        assertThat(SiteCodes.derive(InstitutionType.BUREAU, "210727")).isEqualTo("210727-B");
        assertThatThrownBy(() -> SiteCodes.check(InstitutionType.BUREAU, "210727101", divisions))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("error.division.bureau"));
        assertThat(SiteCodes.check(InstitutionType.COUNTY, "210727101", divisions)).isEqualTo("210727101");
    }

    @Test
    void theSiteBoundsEveryRole() {
        Session officer = session(Role.BUREAU_OFFICER, BUREAU);
        assertThat(officer.may(Permission.CERTIFY)).isTrue();
        assertThat(officer.may(Permission.VIEW_REGISTRY)).isTrue();
        assertThat(officer.may(Permission.REGISTER)).isFalse();
        assertThat(officer.may(Permission.KEEP_LEDGER)).isFalse();

        Session doctorAtBureau = session(Role.COUNTY_DOCTOR, BUREAU);
        assertThat(doctorAtBureau.may(Permission.CERTIFY)).isTrue();
        for (Permission p : new Permission[] {Permission.REGISTER, Permission.IMPORT, Permission.SEND_SAMPLES, Permission.KEEP_LEDGER,
                Permission.REFER}) {
            assertThat(doctorAtBureau.may(p)).as(p.name()).isFalse();
        }
        assertThatThrownBy(() -> doctorAtBureau.require(Permission.REGISTER)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.permission.bureau"));
        assertThatThrownBy(() -> officer.require(Permission.REGISTER)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.permission"));

        Session doctorAtCounty = session(Role.COUNTY_DOCTOR, new SiteProfile("210727-C", InstitutionType.COUNTY, "210727", "义县人民医院"));
        assertThat(doctorAtCounty.may(Permission.REGISTER)).isTrue();
        assertThat(doctorAtCounty.may(Permission.KEEP_LEDGER)).isTrue();
    }

    static Session session(Role role, SiteProfile site) {
        return new Session(new UserAccount("u", "赵科长", role, true, Instant.EPOCH, null), site);
    }
}
