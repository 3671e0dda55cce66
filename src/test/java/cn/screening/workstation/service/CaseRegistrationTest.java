package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.screening.BleedingTrigger;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.LabValue;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.domain.screening.MixingTest;
import cn.screening.workstation.domain.screening.ScreeningClass;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.domain.cases.CaseQuery;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseRegistrationTest {

    static final LocalDate BIRTH = LocalDate.of(2015, 3, 8);
    @TempDir
    Path dir;
    Workspace ws;
    CaseRegistration registration;

    @BeforeEach
    void open() {
        ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD);
        registration = TestSites.services(ws).registration();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static HemophiliaScreening jointBleedWithCorrectingAptt() {
        LabValue normal = new LabValue(new BigDecimal("12"), new BigDecimal("11"), new BigDecimal("14"));
        return new HemophiliaScreening(Map.of(BleedingTrigger.JOINT_BLEED, "右膝反复肿痛"), false, null,
                new LabValue(new BigDecimal("68"), new BigDecimal("25"), new BigDecimal("37")), normal,
                new LabValue(new BigDecimal("16"), new BigDecimal("14"), new BigDecimal("21")),
                new LabValue(new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("4")),
                new LabValue(new BigDecimal("250"), new BigDecimal("125"), new BigDecimal("350")),
                new MixingTest(MixingOutcome.CORRECTS, null, null), null);
    }

    Patient boy(String id) {
        Patient p = TestSites.patient("王小明", id, Sex.MALE, BIRTH);
        return new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                p.address(), new cn.screening.workstation.domain.patient.Guardian("王大明", "父亲", "13900001111", true, null),
                p.povertyStatus(), p.insurance(), null, null);
    }

    long cases() {
        return ws.database().read(tx -> ws.cases().count(tx, CaseQuery.firstPage(50)));
    }

    long pending() {
        return ws.database().read(tx -> ws.outbox().pendingCount(tx));
    }

    @Test
    void aBadIdNumberIsRefusedOnItsFieldAndNothingIsSaved() {
        String good = TestSites.yixianId(BIRTH, 11);
        String badChecksum = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        var outcome = registration.register(new RegistrationRequest(boy(badChecksum), null, CaseRegistration.HEMOPHILIA,
                jointBleedWithCorrectingAptt(), true));
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Invalid.class);
        var errors = ((RegistrationOutcome.Invalid) outcome).result().errors();
        assertThat(errors).extracting(Violation::field).contains("id_number");
        assertThat(errors).extracting(Violation::messageKey).contains("id.checksum");
        assertThat(cases()).isZero();
        assertThat(pending()).isZero();
    }

    @Test
    void aGoodCaseIsSavedWithItsClassificationOutboxAndAudit() {
        var outcome = registration.register(new RegistrationRequest(boy(TestSites.yixianId(BIRTH, 11)), null,
                CaseRegistration.HEMOPHILIA, jointBleedWithCorrectingAptt(), true));
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Saved.class);
        var saved = (RegistrationOutcome.Saved) outcome;
        assertThat(saved.caseNo()).matches("210727-C-\\d{4}-00001");
        assertThat(saved.screening().cls()).isEqualTo(ScreeningClass.HIGHLY_SUSPECTED);
        assertThat(cases()).isEqualTo(1);
        assertThat(pending()).isEqualTo(2);
        long creates = ws.database().read(tx -> ws.audit().count(tx, AuditAction.CREATE));
        assertThat(creates).isEqualTo(2);
        var stored = ws.database().read(tx -> ws.cases().findById(tx, saved.caseId())).orElseThrow();
        assertThat(stored.screening().classification()).isEqualTo(ScreeningClass.HIGHLY_SUSPECTED);
        assertThat(stored.screening().triggers()).containsEntry(BleedingTrigger.JOINT_BLEED, "右膝反复肿痛");
    }

    @Test
    void theSameIdNumberIsRefusedWithTheExistingPatientOffered() {
        String id = TestSites.yixianId(BIRTH, 11);
        var first = (RegistrationOutcome.Saved) registration.register(new RegistrationRequest(boy(id), null,
                CaseRegistration.HEMOPHILIA, jointBleedWithCorrectingAptt(), true));
        var second = registration.register(new RegistrationRequest(boy(id.toLowerCase()), null, CaseRegistration.HEMOPHILIA,
                jointBleedWithCorrectingAptt(), true));
        assertThat(second).isInstanceOf(RegistrationOutcome.DuplicateIdentity.class);
        var dup = (RegistrationOutcome.DuplicateIdentity) second;
        assertThat(dup.existingPatientId()).isEqualTo(first.patientId());
        assertThat(dup.maskedIdNumber()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(cases()).isEqualTo(1);
        // adding the case to the existing patient is allowed
        var third = registration.register(new RegistrationRequest(boy(id), null, CaseRegistration.HEMOPHILIA,
                jointBleedWithCorrectingAptt(), true).forExistingPatient(first.patientId()));
        assertThat(third).isInstanceOf(RegistrationOutcome.Saved.class);
        assertThat(((RegistrationOutcome.Saved) third).patientId()).isEqualTo(first.patientId());
    }

    @Test
    void warningsWaitForAcknowledgementThenSave() {
        Patient girl = TestSites.patient("李芳", TestSites.yixianId(LocalDate.of(1990, 5, 1), 22), Sex.FEMALE, LocalDate.of(1990, 5, 1));
        var req = new RegistrationRequest(girl, null, CaseRegistration.HEMOPHILIA, jointBleedWithCorrectingAptt(), false);
        var outcome = registration.register(req);
        assertThat(outcome).isInstanceOf(RegistrationOutcome.NeedsAcknowledgement.class);
        assertThat(((RegistrationOutcome.NeedsAcknowledgement) outcome).warnings().violations()).isNotEmpty();
        assertThat(cases()).isZero();
        assertThat(registration.register(req.acknowledged())).isInstanceOf(RegistrationOutcome.Saved.class);
        assertThat(cases()).isEqualTo(1);
    }

    @Test
    void aLookalikeUnderAnotherIdWarns() {
        LocalDate birth = LocalDate.of(1980, 1, 2);
        Patient a = TestSites.patient("张伟", TestSites.yixianId(birth, 31), Sex.MALE, birth);
        registration.register(new RegistrationRequest(a, null, CaseRegistration.HEMOPHILIA, jointBleedWithCorrectingAptt(), true));
        Patient b = TestSites.patient("张伟", TestSites.yixianId(birth, 33), Sex.MALE, birth);
        var outcome = registration.register(new RegistrationRequest(b, null, CaseRegistration.HEMOPHILIA, jointBleedWithCorrectingAptt(), false));
        assertThat(outcome).isInstanceOf(RegistrationOutcome.NeedsAcknowledgement.class);
        assertThat(((RegistrationOutcome.NeedsAcknowledgement) outcome).warnings().violations())
                .extracting(Violation::messageKey).contains("registration.lookalike");
    }

    @Test
    void theCaseListMasksAndARevealIsAudited() {
        String id = TestSites.yixianId(BIRTH, 11);
        var saved = (RegistrationOutcome.Saved) registration.register(new RegistrationRequest(boy(id), null,
                CaseRegistration.HEMOPHILIA, jointBleedWithCorrectingAptt(), true));
        CaseBrowser browser = TestSites.services(ws).caseBrowser();
        var page = browser.search(CaseQuery.firstPage(50));
        assertThat(page.total()).isEqualTo(1);
        CaseListItem row = page.items().get(0);
        assertThat(row.maskedName()).isEqualTo("王**");
        assertThat(row.maskedIdNumber()).doesNotContain(id.substring(6, 14));
        assertThat(row.diseaseName()).isEqualTo("血友病");
        assertThat(row.townshipName()).isEqualTo("七里河镇");
        assertThat(browser.revealIdNumber(saved.caseId())).isEqualTo(id);
        long reveals = ws.database().read(tx -> ws.audit().count(tx, AuditAction.REVEAL_ID));
        assertThat(reveals).isEqualTo(1);
        assertThat(browser.open(saved.caseId()).screening().cls()).isEqualTo(ScreeningClass.HIGHLY_SUSPECTED);
    }
}
