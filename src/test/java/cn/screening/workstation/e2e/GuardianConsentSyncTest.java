package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.RegistrationRequest;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.today.StandardWork;
import cn.screening.workstation.store.ConsentHolds;
import cn.screening.workstation.sync.SyncReport;
import cn.screening.workstation.sync.SyncStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOMAIN rule 10 through the real server on loopback: a child registered before the guardian signs
 * stays on the workstation while the adult registered beside it syncs; once the consent is recorded,
 * the next sync takes the child's records up.
 */
@Tag("slow")
class GuardianConsentSyncTest {

    @TempDir
    Path dir;

    static RegistrationOutcome.Saved register(Station s, Patient p) {
        return (RegistrationOutcome.Saved) s.services.registration().register(new RegistrationRequest(p, null,
                CaseRegistration.HEMOPHILIA, cn.screening.workstation.service.referral.CareFixtureAccess.screening(), true));
    }

    @Test
    void aChildWithoutConsentStaysHereUntilTheConsentIsRecordedWhileTheAdultSyncs() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolledAsDoctor(dir.resolve("county"), Province.YIXIAN, province, Role.COUNTY_DOCTOR)) {
            LocalDate today = LocalDate.now(ConsentHolds.PROVINCE_ZONE);
            LocalDate childBirth = today.minusYears(9);
            Patient c = TestSites.patient("王小明", TestSites.yixianId(childBirth, 11), Sex.MALE, childBirth);
            Patient child = new Patient(c.id(), c.name(), c.idType(), c.idNumber(), c.sex(), c.birthDate(), c.ethnicityCode(),
                    c.phone(), c.address(), new Guardian("王大明", "父亲", "13900001111", false, null), c.povertyStatus(),
                    c.insurance(), null, null);
            LocalDate adultBirth = LocalDate.of(1990, 3, 9);
            RegistrationOutcome.Saved minor = register(county, child);
            RegistrationOutcome.Saved adult = register(county,
                    TestSites.patient("赵成年", TestSites.yixianId(adultBirth, 13), Sex.MALE, adultBirth));

            SyncReport first = county.sync();
            assertThat(first.failure()).isNull();
            assertThat(province.patientIdsSeenBy(Province.YIXIAN)).containsExactly(adult.patientId());
            assertThat(county.pending()).isEqualTo(2); // the child and the child's case wait in the outbox
            assertThat(county.services.quarantine().list()).isEmpty(); // held back, not sent and refused
            assertThat(county.services.todaysWork().today().count(StandardWork.SYNC_CONSENT)).isEqualTo(1);
            SyncStatus status = new SyncStatus(county.ws.syncStore(), (key, args) -> key);
            assertThat(status.refresh().awaitingConsent()).isEqualTo(1);
            assertThat(status.refresh().pending()).isEqualTo(2);

            county.services.guardianConsents().record(minor.patientId(), "王大明", "父亲", today);
            SyncReport second = county.sync();
            assertThat(second.failure()).isNull();
            assertThat(second.allClear()).as(county.services.quarantine().list().toString()).isTrue();
            assertThat(province.patientsSeenBy(Province.YIXIAN)).extracting(r -> r.entityId())
                    .containsExactlyInAnyOrder(adult.patientId(), minor.patientId());
            assertThat(province.patientsSeenBy(Province.YIXIAN)).filteredOn(r -> r.entityId().equals(minor.patientId()))
                    .singleElement().satisfies(r -> {
                        assertThat(r.payload().path("guardian").path("consentGiven").asBoolean()).isTrue();
                        assertThat(r.payload().path("guardian").path("consentDate").asText()).isEqualTo(today.toString());
                    });
            assertThat(county.pending()).isZero();
            assertThat(status.refresh().awaitingConsent()).isZero();
            assertThat(county.services.todaysWork().today().count(StandardWork.SYNC_CONSENT)).isZero();
        }
    }
}
