package cn.screening.workstation.domain.ledger;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import cn.screening.workstation.domain.patient.PovertyStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One row of the treatment ledger (救治台账): a 救治对象 × one disease of the programme, with its
 * certification, its dated status history and its admissions with their costs. Kept by the county
 * ({@code site}); the designated hospital that treats ({@code treatingSite}) sees and writes it too.
 *
 * @param townshipCode  the patient's township (9-digit GB/T 2260), copied for the ledger's filters
 * @param group         the patient's 人员类别 when the row was made (never 一般人员)
 * @param writtenBackOn 已回写健康脱贫管理数据库, or null
 */
public record LedgerEntry(
        UUID id,
        UUID patientId,
        String site,
        String townshipCode,
        PovertyStatus group,
        String diseaseCode,
        String icd10,
        String diagnosedBy,
        LocalDate diagnosedOn,
        CertificationRecord certification,
        TreatmentStatus status,
        List<StatusChange> history,
        List<Admission> admissions,
        String treatingSite,
        LocalDate writtenBackOn,
        String reportedBy,
        String reviewer,
        SyncMeta meta) implements Synced<LedgerEntry> {

    public LedgerEntry {
        certification = certification == null ? CertificationRecord.WAITING : certification;
        status = status == null ? TreatmentStatus.WAITING : status;
        history = history == null ? List.of() : List.copyOf(history);
        admissions = admissions == null ? List.of() : List.copyOf(admissions);
    }

    /** A new row of a patient and disease: 待救治 from {@code today}, 待核对, no admission yet. */
    public static LedgerEntry opened(UUID id, UUID patientId, String site, String townshipCode, PovertyStatus group, String diseaseCode,
                                     String icd10, String diagnosedBy, LocalDate diagnosedOn, LocalDate today, String by) {
        String code = icd10 == null || icd10.isBlank() ? null : icd10.strip().toUpperCase();
        return new LedgerEntry(id, patientId, site, townshipCode, group, diseaseCode, code, diagnosedBy, diagnosedOn,
                CertificationRecord.WAITING, TreatmentStatus.WAITING, List.of(new StatusChange(null, TreatmentStatus.WAITING, today, by, null)),
                List.of(), null, null, by, null, null);
    }

    @Override
    public LedgerEntry withMeta(SyncMeta m) {
        return new LedgerEntry(id, patientId, site, townshipCode, group, diseaseCode, icd10, diagnosedBy, diagnosedOn, certification,
                status, history, admissions, treatingSite, writtenBackOn, reportedBy, reviewer, m);
    }

    public LedgerEntry withCertification(CertificationRecord c) {
        return new LedgerEntry(id, patientId, site, townshipCode, group, diseaseCode, icd10, diagnosedBy, diagnosedOn, c,
                status, history, admissions, treatingSite, writtenBackOn, reportedBy, reviewer, meta);
    }

    public LedgerEntry withDiagnosis(String code, String by, LocalDate on) {
        return new LedgerEntry(id, patientId, site, townshipCode, group, diseaseCode, code, by, on, certification,
                status, history, admissions, treatingSite, writtenBackOn, reportedBy, reviewer, meta);
    }

    /** The row moved to {@code to} on {@code on}: the status and one more step of the history. */
    public LedgerEntry movedTo(TreatmentStatus to, LocalDate on, String by, String note) {
        List<StatusChange> h = new ArrayList<>(history);
        h.add(new StatusChange(status, to, on, by, note));
        return new LedgerEntry(id, patientId, site, townshipCode, group, diseaseCode, icd10, diagnosedBy, diagnosedOn, certification,
                to, h, admissions, treatingSite, writtenBackOn, reportedBy, reviewer, meta);
    }

    /** With one more admission (or one replaced, by id); the treating site follows the latest admission's hospital. */
    public LedgerEntry withAdmission(Admission a) {
        List<Admission> list = new ArrayList<>(admissions);
        list.removeIf(x -> x.id().equals(a.id()));
        list.add(a);
        String treating = a.hospitalSite() != null ? a.hospitalSite() : treatingSite;
        return new LedgerEntry(id, patientId, site, townshipCode, group, diseaseCode, icd10, diagnosedBy, diagnosedOn, certification,
                status, history, list, treating, writtenBackOn, reportedBy, reviewer, meta);
    }

    /** With the admission recorded; a 待救治 row becomes 正在救治 from the admission date. */
    public LedgerEntry admitted(Admission a, String by) {
        LedgerEntry out = withAdmission(a);
        return out.status() == TreatmentStatus.WAITING && a.admittedOn() != null
                ? out.movedTo(TreatmentStatus.TREATING, a.admittedOn(), by, null) : out;
    }

    /** The hospital of the latest admission (by admission date), for the ledger's hospital filter. */
    public String lastHospital() {
        return latestAdmission().map(Admission::hospitalName).orElse(null);
    }

    /** The admission with the latest admission date, if any has one. */
    public java.util.Optional<Admission> latestAdmission() {
        return admissions.stream().filter(a -> a.admittedOn() != null)
                .max(java.util.Comparator.comparing(Admission::admittedOn));
    }
}
