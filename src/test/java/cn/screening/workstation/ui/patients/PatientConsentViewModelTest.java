package cn.screening.workstation.ui.patients;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.RegistrationRequest;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.store.ConsentHolds;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The patient's record offers the guardian's consent for a child registered without it, against a real store. */
class PatientConsentViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aChildWaitingForConsentShowsTheFormAndTheConsentRecordedThereReleasesTheRecords() {
        try (Workspace ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD)) {
            Services services = TestSites.services(ws);
            LocalDate today = LocalDate.now(ConsentHolds.PROVINCE_ZONE);
            LocalDate birth = today.minusYears(7);
            Patient p = TestSites.patient("王小明", TestSites.yixianId(birth, 11), Sex.MALE, birth);
            Patient child = new Patient(null, p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(),
                    p.phone(), p.address(), new Guardian("王大明", "父亲", null, false, null), p.povertyStatus(), p.insurance(),
                    null, null);
            UUID id = ((RegistrationOutcome.Saved) services.registration().register(new RegistrationRequest(child, null,
                    CaseRegistration.HEMOPHILIA, cn.screening.workstation.service.referral.CareFixtureAccess.screening(), true)))
                    .patientId();

            PatientDetailsViewModel vm = new PatientDetailsViewModel(services.patientBrowser(), Kits.direct(new RecordingErrors()),
                    true, c -> { });
            vm.show(services.patientBrowser().open(id), () -> { });
            assertThat(vm.awaitingConsent().get()).isTrue();

            vm.consentRelation().set("父亲");
            vm.consentDate().set(today);
            vm.recordConsent(); // no guardian named: refused on its field, nothing saved
            assertThat(vm.consentMessage().get()).contains("监护人").contains("此项为必填项");
            assertThat(vm.awaitingConsent().get()).isTrue();

            vm.consentGuardian().set("王大明");
            vm.recordConsent();
            assertThat(vm.awaitingConsent().get()).isFalse();
            assertThat(vm.consentMessage().get()).isEqualTo("已录入监护人同意，下次同步时上传该患者的资料");
            assertThat(services.guardianConsents().waitingCount()).isZero();
            assertThat(ws.database().read(tx -> ws.patients().findById(tx, id)).orElseThrow().guardian().consentDate())
                    .isEqualTo(today);
        }
    }

    @Test
    void aUserWhoMayNotRegisterIsNotOffered() {
        try (Workspace ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD)) {
            Services services = TestSites.services(ws);
            LocalDate birth = LocalDate.now(ConsentHolds.PROVINCE_ZONE).minusYears(7);
            Patient p = TestSites.patient("王小明", TestSites.yixianId(birth, 11), Sex.MALE, birth);
            Patient child = new Patient(null, p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(),
                    p.phone(), p.address(), new Guardian("王大明", "父亲", null, false, null), p.povertyStatus(), p.insurance(),
                    null, null);
            UUID id = ((RegistrationOutcome.Saved) services.registration().register(new RegistrationRequest(child, null,
                    CaseRegistration.HEMOPHILIA, cn.screening.workstation.service.referral.CareFixtureAccess.screening(), true)))
                    .patientId();
            PatientDetailsViewModel vm = new PatientDetailsViewModel(services.patientBrowser(), Kits.direct(new RecordingErrors()),
                    false, c -> { });
            vm.show(services.patientBrowser().open(id), () -> { });
            assertThat(vm.awaitingConsent().get()).isFalse();
        }
    }
}
