package cn.screening.workstation.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.cases.DiseaseSettings;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.domain.validation.Messages;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every ledger rule at its boundary: a fen, a day, a character of the code, a missing paper. */
class LedgerRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final DiseaseCatalogue CATALOGUE = DiseaseCatalogue.bundled(DiseaseSettings.DEFAULT);
    static final LedgerRules RULES = new LedgerRules(CATALOGUE);

    static Patient patient(PovertyStatus group, LocalDate birth) {
        return new Patient(UUID.randomUUID(), "龙佳芝", IdType.RESIDENT_ID, "210727194009090280", Sex.FEMALE, birth, "01", null,
                new Address("210727102", null, "七里河村", null), null, group, InsuranceType.RESIDENT, "210727-C", null);
    }

    static LedgerEntry row(String disease, String icd10, LocalDate diagnosedOn) {
        return new LedgerEntry(UUID.randomUUID(), UUID.randomUUID(), "210727-C", "210727102", PovertyStatus.REGISTERED_POOR, disease,
                icd10, "义县人民医院", diagnosedOn, null, TreatmentStatus.WAITING, List.of(), List.of(), null, null, null, null, null);
    }

    static Costs costs(long total, long basic, long serious, long waiver, long other, long own, boolean payLater) {
        return new Costs(total, Map.of(Payer.BASIC_INSURANCE, basic, Payer.SERIOUS_ILLNESS_INSURANCE, serious), waiver, other, own,
                true, payLater);
    }

    static Admission admission(HospitalLevel level, String county, CityTransfer transfer, Costs costs) {
        return new Admission(UUID.randomUUID(), null, level == HospitalLevel.CITY ? "锦州市中心医院" : "义县人民医院", level, county,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 12), "Z2026-0001", "手术", true, null, transfer,
                TreatmentOutcome.IMPROVED, costs);
    }

    static List<String> fields(ValidationResult r) {
        return r.errors().stream().map(Violation::field).toList();
    }

    @Test
    void aGeneralResidentIsNoTreatmentSubject() {
        LedgerEntry e = row("LUNG_CANCER", "C34.1", LocalDate.of(2026, 1, 5));
        assertThat(fields(RULES.eligibility(e, patient(PovertyStatus.NONE, LocalDate.of(1960, 1, 1)), TODAY)))
                .containsExactly("ledger.group");
        for (PovertyStatus group : List.of(PovertyStatus.REGISTERED_POOR, PovertyStatus.MINIMUM_LIVING, PovertyStatus.EXTREME_POVERTY,
                PovertyStatus.FAMILY_PLANNING_HARDSHIP)) {
            assertThat(RULES.eligibility(e, patient(group, LocalDate.of(1960, 1, 1)), TODAY).hasErrors()).as(group.name()).isFalse();
        }
    }

    @Test
    void theDiseaseMustBeOnTheListInForceOnTheDiagnosisDate() {
        Patient p = patient(PovertyStatus.MINIMUM_LIVING, LocalDate.of(1950, 1, 1));
        LedgerRules scheduled = new LedgerRules(CATALOGUE, DiseaseListSchedule.parse("21@2017-01-01;25@2019-12-31"));
        assertThat(fields(scheduled.eligibility(row("STROKE", "I63.9", LocalDate.of(2019, 12, 30)), p, TODAY)))
                .containsExactly("ledger.disease");
        assertThat(scheduled.eligibility(row("STROKE", "I63.9", LocalDate.of(2019, 12, 31)), p, TODAY).hasErrors()).isFalse();
        // the 21-disease list alone (the shipped setting) has no stroke on any day; an unknown code is off every list
        assertThat(fields(RULES.eligibility(row("STROKE", "I63.9", LocalDate.of(2025, 1, 1)), p, TODAY))).containsExactly("ledger.disease");
        assertThat(fields(RULES.eligibility(row("FLU", null, LocalDate.of(2025, 1, 1)), p, TODAY))).containsExactly("ledger.disease");
    }

    @Test
    void theIcd10CodeMustHaveItsShapeAndMatchTheDisease() {
        Patient p = patient(PovertyStatus.REGISTERED_POOR, LocalDate.of(1980, 1, 1));
        LocalDate on = LocalDate.of(2026, 1, 5);
        assertThat(RULES.eligibility(row("HEMOPHILIA", "D66", on), p, TODAY).hasErrors()).isFalse();
        assertThat(RULES.eligibility(row("HEMOPHILIA", "d67.0", on), p, TODAY).hasErrors()).isFalse();
        assertThat(fields(RULES.eligibility(row("HEMOPHILIA", "D68.0", on), p, TODAY))).containsExactly("ledger.icd10");
        assertThat(fields(RULES.eligibility(row("HEMOPHILIA", "D66.12345", on), p, TODAY))).containsExactly("ledger.icd10");
        assertThat(fields(RULES.eligibility(row("HEMOPHILIA", "D6", on), p, TODAY))).containsExactly("ledger.icd10");
        assertThat(fields(RULES.eligibility(row("LUNG_CANCER", "C35", on), p, TODAY))).containsExactly("ledger.icd10");
        Violation v = RULES.eligibility(row("HEMOPHILIA", "D68.0", on), p, TODAY).errors().get(0);
        assertThat(Messages.chinese().describe(v)).isEqualTo("ICD-10编码：ICD-10编码格式错误或与病种不符（血友病：D66 (A); D67 (B); VWD is D68.0）");
    }

    @Test
    void aChildrensDiseaseChecksTheAgeLimitAtDiagnosisToTheDay() {
        LocalDate birth = LocalDate.of(2010, 3, 15);
        Patient child = patient(PovertyStatus.EXTREME_POVERTY, birth);
        // the limit is 14 years inclusive: still 14 the day before the 15th birthday, 15 on it
        assertThat(RULES.eligibility(row("CHILD_LEUKEMIA", "C91.0", LocalDate.of(2025, 3, 14)), child, TODAY).hasErrors()).isFalse();
        assertThat(fields(RULES.eligibility(row("CHILD_LEUKEMIA", "C91.0", LocalDate.of(2025, 3, 15)), child, TODAY)))
                .containsExactly("ledger.diagnosedOn");
        // an adult disease has no limit
        assertThat(RULES.eligibility(row("LUNG_CANCER", "C34", LocalDate.of(2025, 3, 15)), child, TODAY).hasErrors()).isFalse();
    }

    @Test
    void costsAddUpToTheFen() {
        // 10000.00 = 6000.00 + 2500.00 + 300.00 + 0.00 + 1200.00
        assertThat(LedgerRules.costs(costs(1_000_000, 600_000, 250_000, 30_000, 0, 120_000, false)).hasErrors()).isFalse();
        ValidationResult offByOne = LedgerRules.costs(costs(1_000_001, 600_000, 250_000, 30_000, 0, 120_000, false));
        assertThat(fields(offByOne)).containsExactly("costs.total");
        assertThat(Messages.chinese().describe(offByOne.errors().get(0)))
                .isEqualTo("总费用：费用合计与各项报销及自付之和不符（总费用10000.01元，各项之和10000.00元）");
        assertThat(fields(LedgerRules.costs(costs(999_999, 600_000, 250_000, 30_000, 0, 120_000, false)))).containsExactly("costs.total");
        assertThat(fields(LedgerRules.costs(costs(0, 100, -100, 0, 0, 0, false)))).containsExactly("costs.amount");
    }

    @Test
    void treatFirstPayLaterOnlyInThePatientsOwnCounty() {
        Costs later = costs(100_000, 60_000, 0, 0, 0, 40_000, true);
        assertThat(RULES.admission(admission(HospitalLevel.COUNTY, "210727", null, later), "210727", TODAY).hasErrors()).isFalse();
        assertThat(fields(RULES.admission(admission(HospitalLevel.COUNTY, "210782", null, later), "210727", TODAY)))
                .containsExactly("costs.treatFirstPayLater");
    }

    @Test
    void aTransferToTheCityNeedsTheConsultationAndTheCertificate() {
        CityTransfer full = new CityTransfer(LocalDate.of(2026, 2, 27), List.of("王主任", "刘主任"), "YXZ-2026-031", "义县人民医院");
        assertThat(RULES.admission(admission(HospitalLevel.CITY, "210702", full, null), "210727", TODAY).hasErrors()).isFalse();
        assertThat(fields(RULES.admission(admission(HospitalLevel.CITY, "210702", null, null), "210727", TODAY))).containsExactly(
                "admission.transfer.consultationDate", "admission.transfer.experts", "admission.transfer.certificateNo",
                "admission.transfer.issuingHospital");
        CityTransfer noCertificate = new CityTransfer(LocalDate.of(2026, 2, 27), List.of("王主任"), " ", "义县人民医院");
        ValidationResult r = RULES.admission(admission(HospitalLevel.CITY, "210702", noCertificate, null), "210727", TODAY);
        assertThat(fields(r)).containsExactly("admission.transfer.certificateNo");
        assertThat(Messages.chinese().describe(r.errors().get(0)))
                .isEqualTo("转诊证明编号：转市级须有县级定点医院出具的转诊证明（证明编号及出具医院）");
    }

    @Test
    void treatedNeedsAnAdmissionWithDatesHospitalAndCosts() {
        LedgerEntry e = row("LUNG_CANCER", "C34", LocalDate.of(2026, 1, 5)).movedTo(TreatmentStatus.TREATING, LocalDate.of(2026, 3, 1), "李", null)
                .movedTo(TreatmentStatus.TREATED, LocalDate.of(2026, 3, 12), "李", null);
        assertThat(fields(RULES.row(e, "210727", TODAY))).containsExactly("ledger.status");
        Admission noCosts = admission(HospitalLevel.COUNTY, "210727", null, null);
        assertThat(fields(RULES.row(e.withAdmission(noCosts), "210727", TODAY))).containsExactly("ledger.status");
        Admission settled = noCosts.withCosts(costs(100_000, 60_000, 0, 0, 0, 40_000, false));
        assertThat(RULES.row(e.withAdmission(settled), "210727", TODAY).hasErrors()).isFalse();
    }

    @Test
    void theStatusHistoryFollowsTheAllowedMoves() {
        LedgerEntry e = row("LUNG_CANCER", "C34", LocalDate.of(2026, 1, 5));
        assertThat(RULES.row(e.movedTo(TreatmentStatus.TREATING, TODAY, "李", null), null, TODAY).hasErrors()).isFalse();
        LedgerEntry died = e.movedTo(TreatmentStatus.DIED, TODAY, "李", null);
        assertThat(RULES.row(died, null, TODAY).hasErrors()).isFalse();
        // an exit is final
        assertThat(fields(RULES.row(died.movedTo(TreatmentStatus.TREATING, TODAY, "李", null), null, TODAY))).containsExactly("ledger.status");
        // the status must be where the history ends
        LedgerEntry lying = new LedgerEntry(e.id(), e.patientId(), e.site(), e.townshipCode(), e.group(), e.diseaseCode(), e.icd10(),
                e.diagnosedBy(), e.diagnosedOn(), null, TreatmentStatus.TREATING, List.of(), List.of(), null, null, null, null, null);
        assertThat(fields(RULES.row(lying, null, TODAY))).containsExactly("ledger.status");
        assertThat(TreatmentStatus.WAITING.open()).isTrue();
        assertThat(TreatmentStatus.TREATED.open()).isTrue();
        assertThat(TreatmentStatus.CHRONIC_CARE.open()).isFalse();
    }

    @Test
    void aRefusedCertificationNeedsAReasonWhoAndWhen() {
        LedgerEntry e = row("LUNG_CANCER", "C34", LocalDate.of(2026, 1, 5));
        CertificationRecord refused = new CertificationRecord(Certification.NOT_CERTIFIED, null, "张科长", TODAY, List.of("扶贫办", "民政局"));
        assertThat(fields(RULES.row(e.withCertification(refused), null, TODAY))).containsExactly("certification.reason");
        CertificationRecord certified = new CertificationRecord(Certification.CERTIFIED, null, null, null, List.of());
        assertThat(fields(RULES.row(e.withCertification(certified), null, TODAY))).containsExactly("certification.by", "certification.on");
    }

    @Test
    void dischargeNotBeforeAdmission() {
        Admission a = new Admission(UUID.randomUUID(), null, "义县人民医院", HospitalLevel.COUNTY, "210727", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 1), null, null, false, null, null, null, null);
        assertThat(fields(RULES.admission(a, null, TODAY))).containsExactly("admission.dischargedOn");
    }
}
