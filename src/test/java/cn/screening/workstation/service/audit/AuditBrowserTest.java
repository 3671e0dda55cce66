package cn.screening.workstation.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.service.Page;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log as administrators browse it: a patient found by ID number, shown masked; others are refused. */
class AuditBrowserTest {

    @TempDir
    Path dir;

    @Test
    void aPatientsLinesAreFoundByIdNumberAndShownMasked() {
        Workstation w = TestSites.countyHospital(dir);
        LocalDate birth = LocalDate.of(1975, 6, 1);
        String idNumber = TestSites.yixianId(birth, 31);
        try (Workspace doctor = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
            Patient p = TestSites.patient("赵大海", idNumber, Sex.MALE, birth);
            Patient stored = new Patient(UUID.randomUUID(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(),
                    p.ethnicityCode(), p.phone(), p.address(), null, p.povertyStatus(), p.insurance(), TestSites.YIXIAN_HOSPITAL.siteCode(), null);
            doctor.database().write(doctor.session().actor(), tx -> doctor.patients().insert(tx, stored));
            assertThatThrownBy(() -> TestSites.services(doctor).audit().page(AuditFilter.NONE, 0, 50))
                    .isInstanceOf(ServiceException.class);
        }
        try (Workspace admin = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            AuditBrowser audit = TestSites.services(admin).audit();
            Page<AuditLine> page = audit.page(new AuditFilter(null, null, idNumber, null, null), 0, 50);
            assertThat(page.items()).singleElement().satisfies(l -> {
                assertThat(l.action()).isEqualTo("CREATE");
                assertThat(l.subject()).isEqualTo("赵**");
                assertThat(l.username()).isEqualTo("doctor");
            });
            assertThat(audit.page(new AuditFilter(null, null, "210727197506019999", null, null), 0, 50).items()).isEmpty();
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(audit.page(new AuditFilter("doctor", "LOGIN", null, today.minusDays(1), today.plusDays(1)), 0, 50).total())
                    .isEqualTo(1);
            assertThat(audit.page(new AuditFilter("doctor", "LOGIN", null, today.plusDays(2), null), 0, 50).total()).isZero();
            assertThat(audit.verify().sentence()).startsWith("审计链完整，共 ");
        }
    }
}
