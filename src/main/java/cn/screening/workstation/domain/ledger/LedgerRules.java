package cn.screening.workstation.domain.ledger;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.patient.Age;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a ledger row must be (PROGRAMME.md §Ledger, DOMAIN §8 rules 29–33): a 救治对象 of one of the
 * four groups with a disease of the list in force on the diagnosis date, an ICD-10 code of that
 * disease, the children's age limit at diagnosis, a status history that follows the allowed moves,
 * admissions with the 转市级 papers, and costs that add up to the fen. The workstation and the server
 * both judge by these rules.
 */
public final class LedgerRules {

    /** DOMAIN §8 rule 30: the shape of an ICD-10 code. */
    private static final Pattern ICD10 = Pattern.compile("[A-Z]\\d{2}(\\.\\d{1,4})?");

    private final DiseaseCatalogue catalogue;
    private final DiseaseListSchedule schedule;

    public LedgerRules(DiseaseCatalogue catalogue, DiseaseListSchedule schedule) {
        this.catalogue = catalogue;
        this.schedule = schedule;
    }

    /** The catalogue's own single list, in force on every day. */
    public LedgerRules(DiseaseCatalogue catalogue) {
        this(catalogue, DiseaseListSchedule.constant(catalogue.settings().activeListSize()));
    }

    public DiseaseCatalogue catalogue() {
        return catalogue;
    }

    /** The disease if it is on the list in force on {@code day}. */
    public Optional<Disease> diseaseOn(String code, LocalDate day) {
        int size = schedule.sizeOn(day);
        return catalogue.find(code).filter(d -> d.listSize() <= size);
    }

    /** Everything: eligibility of the patient, then the row itself. {@code today} bounds the dates. */
    public ValidationResult check(LedgerEntry e, Patient patient, LocalDate today) {
        String county = patient == null || patient.address() == null ? null : patient.address().countyCode();
        return eligibility(e, patient, today).and(row(e, county, today));
    }

    /** Whether the patient is a 救治对象 for this disease: group, list, ICD-10, children's age limit. */
    public ValidationResult eligibility(LedgerEntry e, Patient patient, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        PovertyStatus group = patient != null ? patient.povertyStatus() : e.group();
        if (group == null || group == PovertyStatus.NONE) {
            out.add(Violation.error("ledger.group", "ledger.group.not_eligible"));
        }
        LocalDate day = diagnosisDay(e, today);
        if (e.diseaseCode() == null || e.diseaseCode().isBlank()) {
            out.add(Violation.error("ledger.disease", "common.required"));
            return new ValidationResult(out);
        }
        Optional<Disease> disease = diseaseOn(e.diseaseCode(), day);
        if (disease.isEmpty()) {
            out.add(Violation.error("ledger.disease", "ledger.disease.off_list"));
            return new ValidationResult(out);
        }
        if (e.icd10() != null && !e.icd10().isBlank()) {
            String code = e.icd10().strip().toUpperCase();
            if (!ICD10.matcher(code).matches() || !disease.get().matchesIcd10(code)) {
                out.add(Violation.error("ledger.icd10", "ledger.icd10.mismatch", disease.get().nameZh(), disease.get().icd10()));
            }
        }
        LocalDate birth = patient != null ? patient.birthDate() : null;
        if (birth != null && !catalogue.ageEligible(disease.get(), Age.yearsOn(birth, day))) {
            out.add(Violation.error("ledger.diagnosedOn", "ledger.child_age", disease.get().nameZh(), catalogue.settings().childAgeLimit()));
        }
        return new ValidationResult(out);
    }

    /**
     * The row on its own: certification, status history, admissions and costs. {@code patientCounty}
     * (6 digits, may be null when unknown) is where 先诊疗后付费 is allowed.
     */
    public ValidationResult row(LedgerEntry e, String patientCounty, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        certification(e.certification(), out);
        history(e, out);
        if (e.diagnosedOn() != null && e.diagnosedOn().isAfter(today)) {
            out.add(Violation.error("ledger.diagnosedOn", "ledger.date.future"));
        }
        for (Admission a : e.admissions()) {
            admission(a, patientCounty, today, out);
        }
        if (e.status() == TreatmentStatus.TREATED && e.admissions().stream().noneMatch(LedgerRules::settled)) {
            out.add(Violation.error("ledger.status", "ledger.treated.needs_admission"));
        }
        return new ValidationResult(out);
    }

    /** One admission with its costs (the import and the admission form judge one at a time). */
    public ValidationResult admission(Admission a, String patientCounty, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        admission(a, patientCounty, today, out);
        return new ValidationResult(out);
    }

    /** Costs alone: none negative, and 总费用 = Σ payers + 医院减免 + 其他 + 个人自付 exactly (rule 32). */
    public static ValidationResult costs(Costs c) {
        List<Violation> out = new ArrayList<>();
        costs(c, null, null, out);
        return new ValidationResult(out);
    }

    /** A second open row for the same patient and disease. */
    public static Violation secondOpenRow() {
        return Violation.error("ledger.disease", "ledger.open_row_exists");
    }

    /** 已救治 needs an admission with its dates, its hospital and its costs (rule 33). */
    static boolean settled(Admission a) {
        return a.admittedOn() != null && a.dischargedOn() != null && a.hospitalName() != null && !a.hospitalName().isBlank()
                && a.costs() != null;
    }

    private static LocalDate diagnosisDay(LedgerEntry e, LocalDate today) {
        if (e.diagnosedOn() != null) {
            return e.diagnosedOn();
        }
        return e.admissions().stream().map(Admission::admittedOn).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(today);
    }

    private static void certification(CertificationRecord c, List<Violation> out) {
        if (c.status() == Certification.PENDING) {
            return;
        }
        if (c.by() == null || c.by().isBlank()) {
            out.add(Violation.error("certification.by", "common.required"));
        }
        if (c.on() == null) {
            out.add(Violation.error("certification.on", "common.required"));
        }
        if (c.status() == Certification.NOT_CERTIFIED && (c.reason() == null || c.reason().isBlank())) {
            out.add(Violation.error("certification.reason", "ledger.certification.reason_required"));
        }
    }

    /** Each step a move the status allows, each starting where the last ended, the last ending at the row's status. */
    private static void history(LedgerEntry e, List<Violation> out) {
        TreatmentStatus at = null;
        for (StatusChange step : e.history()) {
            // the first step may name no origin: a row can start at any status (e.g. imported as 已救治)
            boolean fits = step.to() != null && step.on() != null && (at == null
                    ? step.from() == null || step.from() == TreatmentStatus.WAITING && step.from().mayMoveTo(step.to())
                    : step.from() == at && at.mayMoveTo(step.to()));
            if (!fits) {
                out.add(Violation.error("ledger.status", "ledger.status.bad_move", at == null ? "—" : at.zh(),
                        step.to() == null ? "—" : step.to().zh()));
                return;
            }
            at = step.to();
        }
        TreatmentStatus last = at == null ? TreatmentStatus.WAITING : at;
        if (last != e.status()) {
            out.add(Violation.error("ledger.status", "ledger.status.bad_move", last.zh(), e.status().zh()));
        }
    }

    private static void admission(Admission a, String patientCounty, LocalDate today, List<Violation> out) {
        if (a.hospitalName() == null || a.hospitalName().isBlank()) {
            out.add(Violation.error("admission.hospital", "common.required"));
        }
        if (a.level() == null) {
            out.add(Violation.error("admission.level", "common.required"));
        }
        if (a.admittedOn() == null) {
            out.add(Violation.error("admission.admittedOn", "common.required"));
        } else if (a.admittedOn().isAfter(today)) {
            out.add(Violation.error("admission.admittedOn", "ledger.date.future"));
        }
        if (a.dischargedOn() != null && a.admittedOn() != null && a.dischargedOn().isBefore(a.admittedOn())) {
            out.add(Violation.error("admission.dischargedOn", "ledger.discharge.before_admission"));
        }
        if (a.dischargedOn() != null && a.dischargedOn().isAfter(today)) {
            out.add(Violation.error("admission.dischargedOn", "ledger.date.future"));
        }
        if (a.level() == HospitalLevel.CITY) {
            transfer(a.transfer(), out);
        }
        if (a.costs() != null) {
            costs(a.costs(), a.hospitalCounty(), patientCounty, out);
        }
    }

    /** 转市级 is refused without the consultation (date and experts) and the certificate (number and issuer). */
    private static void transfer(CityTransfer t, List<Violation> out) {
        CityTransfer x = t == null ? new CityTransfer(null, List.of(), null, null) : t;
        if (x.consultationDate() == null) {
            out.add(Violation.error("admission.transfer.consultationDate", "ledger.transfer.consultation_required"));
        }
        if (x.experts().stream().allMatch(s -> s == null || s.isBlank())) {
            out.add(Violation.error("admission.transfer.experts", "ledger.transfer.consultation_required"));
        }
        if (x.certificateNo() == null || x.certificateNo().isBlank()) {
            out.add(Violation.error("admission.transfer.certificateNo", "ledger.transfer.certificate_required"));
        }
        if (x.issuingHospital() == null || x.issuingHospital().isBlank()) {
            out.add(Violation.error("admission.transfer.issuingHospital", "ledger.transfer.certificate_required"));
        }
    }

    private static void costs(Costs c, String hospitalCounty, String patientCounty, List<Violation> out) {
        boolean negative = c.totalFen() < 0 || c.hospitalWaiverFen() < 0 || c.otherFen() < 0 || c.outOfPocketFen() < 0
                || c.paidFen().values().stream().anyMatch(v -> v < 0);
        if (negative) {
            out.add(Violation.error("costs.amount", "ledger.costs.negative"));
        } else if (!c.addsUp()) {
            out.add(Violation.error("costs.total", "ledger.costs.sum", Costs.yuan(c.totalFen()), Costs.yuan(c.partsFen())));
        }
        if (c.treatFirstPayLater() && patientCounty != null && !patientCounty.equals(hospitalCounty)) {
            out.add(Violation.error("costs.treatFirstPayLater", "ledger.costs.pay_later_outside_county"));
        }
    }
}
