package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.CertificationRecord;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.LedgerRules;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.Collection;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The treatment ledger (救治台账) of the major-disease programme: opening a row for a 救治对象,
 * certifying it, moving its status, recording admissions with their costs, and the list. Every
 * write is judged by {@link LedgerRules} against the patient as stored, in the transaction that
 * saves it; the row, its outbox entry and its audit line are written together by the synced table.
 */
public final class Ledger implements LedgerListPort, AdmissionPort {

    /** The catalogue code of hemophilia, the disease a lab result confirms. */
    static final String HEMOPHILIA = "HEMOPHILIA";

    private final Workspace ws;
    private final LedgerRules rules;
    private final RuleBook ruleBook;
    private final ZoneId zone;
    /** the screen's language, for the disease names of the rows */
    private final Locale locale;

    public Ledger(Workspace ws, RuleBook rules, ZoneId zone, Locale locale) {
        this.ws = ws;
        this.ruleBook = rules;
        this.rules = rules.ledgerRules();
        this.zone = zone;
        this.locale = locale;
    }

    /** The disease's name in the screen's language from the catalogue in force, else its code. */
    String diseaseName(String code) {
        return Certifications.diseaseName(ruleBook, code, locale);
    }

    public LedgerRules rules() {
        return rules;
    }

    /** Opens the row of a patient and disease, 待救治 and 待核对; refused for a patient who is no 救治对象. */
    public LedgerEntry open(UUID patientId, String diseaseCode, String icd10, String diagnosedBy, LocalDate diagnosedOn) {
        ws.session().require(Permission.KEEP_LEDGER);
        if (ws.session().site().type() == InstitutionType.DESIGNATED) {
            // a row kept by the hospital would be seen by no county: the county opens it, the hospital treats on it
            throw new ServiceException("ledger.open.county_only");
        }
        return ws.database().write(ws.session().actor(), tx -> open(tx, patientId, diseaseCode, icd10, diagnosedBy, diagnosedOn));
    }

    private LedgerEntry open(Tx tx, UUID patientId, String diseaseCode, String icd10, String diagnosedBy, LocalDate diagnosedOn)
            throws SQLException {
        Patient p = patient(tx, patientId);
        LedgerEntry e = LedgerEntry.opened(RecordIds.next(), patientId, ws.session().site().siteCode(), p.address().townshipCode(),
                p.povertyStatus(), diseaseCode, icd10, diagnosedBy, diagnosedOn, today(tx), ws.session().user().displayName());
        judge(e, p, today(tx));
        if (openRow(tx, patientId, diseaseCode).isPresent()) {
            throw new InvalidInput(new ValidationResult(List.of(LedgerRules.secondOpenRow())));
        }
        return ws.ledger().insert(tx, e, diseaseCode);
    }

    /** The county's 核对认定: verdict, reason (for 不予认定), offices consulted; who and when are the session and today. */
    public LedgerEntry certify(UUID id, Certification verdict, String reason, List<String> officesConsulted) {
        ws.session().require(Permission.CERTIFY);
        return change(id, "certify " + verdict, (e, today) -> e.withCertification(
                new CertificationRecord(verdict, reason, ws.session().user().displayName(), today, officesConsulted)));
    }

    /** Moves the row's 救治状态 on {@code on}, one more step of its history. */
    public LedgerEntry move(UUID id, TreatmentStatus to, LocalDate on, String note) {
        ws.session().require(Permission.KEEP_LEDGER);
        return change(id, "status " + to, (e, today) -> {
            if (!e.status().mayMoveTo(to)) {
                throw new InvalidInput(new ValidationResult(List.of(Violation.error("ledger.status", "ledger.status.bad_move",
                        e.status().zh(), to.zh()))));
            }
            return e.movedTo(to, on == null ? today : on, ws.session().user().displayName(), note);
        });
    }

    /**
     * Records an admission (new, or replacing the one with its id); a 待救治 row becomes 正在救治. An
     * admission at a designated-hospital site takes the site's name, level and county where it gives none.
     */
    @Override
    public LedgerEntry saveAdmission(UUID id, Admission a) {
        ws.session().require(Permission.KEEP_LEDGER);
        Admission filled = ws.database().read(tx -> HospitalDirectory.filled(tx, ws, a));
        return change(id, "admission", (e, today) -> withAdmission(e, filled));
    }

    /** The row with the admission (a new one gets its id). */
    private LedgerEntry withAdmission(LedgerEntry e, Admission a) {
        Admission stored = a.id() == null ? new Admission(RecordIds.next(), a.hospitalSite(), a.hospitalName(), a.level(),
                a.hospitalCounty(), a.admittedOn(), a.dischargedOn(), a.inpatientNo(), a.treatment(), a.clinicalPathway(),
                a.pathwayVariance(), a.transfer(), a.outcome(), a.costs()) : a;
        return e.admitted(stored, ws.session().user().displayName());
    }

    /** Rows waiting for the county's certification, oldest diagnosis first. */
    public List<LedgerRow> waitingCertification() {
        return list(new LedgerFilter(null, null, null, null, Certification.PENDING), false);
    }

    /** The ledger list, masked unless {@code full} and the role may reveal IDs. */
    @Override
    public List<LedgerRow> list(LedgerFilter filter, boolean full) {
        ws.session().requireAny(Permission.KEEP_LEDGER, Permission.CERTIFY);
        boolean reveal = full && ws.session().may(Permission.REVEAL_ID);
        return ws.database().read(tx -> {
            List<Object> args = new ArrayList<>();
            String condition = filter.condition(args);
            List<LedgerRow> out = new ArrayList<>();
            for (LedgerEntry e : ws.ledger().where(tx, condition, "diagnosed_on, id", args.toArray())) {
                out.add(row(tx, e, reveal));
            }
            return out;
        });
    }

    @Override
    public List<LedgerRow> rows(Collection<UUID> ids) {
        ws.session().requireAny(Permission.KEEP_LEDGER, Permission.CERTIFY);
        return ws.database().read(tx -> {
            List<LedgerEntry> found = new ArrayList<>();
            for (UUID id : new LinkedHashSet<>(ids)) {
                ws.ledger().findById(tx, id).filter(e -> !e.meta().deleted()).ifPresent(found::add);
            }
            found.sort(Comparator.comparing(LedgerEntry::diagnosedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(LedgerEntry::id));
            List<LedgerRow> out = new ArrayList<>();
            for (LedgerEntry e : found) {
                out.add(row(tx, e, false));
            }
            return out;
        });
    }

    @Override
    public Optional<LedgerEntry> find(UUID id) {
        return ws.database().read(tx -> ws.ledger().findById(tx, id).filter(e -> !e.meta().deleted()));
    }

    @Override
    public List<HospitalChoice> hospitals() {
        return ws.database().read(tx -> HospitalDirectory.choices(tx, ws));
    }

    @Override
    public List<Disease> diseases() {
        return rules.catalogue().all();
    }

    @Override
    public List<Division> townships() {
        return ruleBook.divisions().children(ws.session().site().countyCode());
    }

    @Override
    public boolean mayKeep() {
        return ws.session().may(Permission.KEEP_LEDGER);
    }

    /** The open row of a patient and disease, if any. */
    public Optional<LedgerEntry> openRow(Tx tx, UUID patientId, String diseaseCode) throws SQLException {
        return ws.ledger().first(tx, "patient_id = ? AND disease_code = ? AND open_row = TRUE", "id", patientId, diseaseCode);
    }

    /** Judges a row as it would be stored, against its patient; throws with every error found. */
    void judge(LedgerEntry e, Patient p, LocalDate today) {
        ValidationResult r = rules.check(e, p, today);
        if (r.hasErrors()) {
            throw new InvalidInput(r);
        }
    }

    LocalDate today(Tx tx) {
        return LocalDate.ofInstant(tx.now(), zone);
    }

    Patient patient(Tx tx, UUID patientId) throws SQLException {
        return ws.patients().findById(tx, patientId).orElseThrow(() -> new InvalidInput(new ValidationResult(List.of(
                Violation.error("ledger.patient", "ledger.patient.unknown")))));
    }

    private interface Edit {
        LedgerEntry apply(LedgerEntry e, LocalDate today);
    }

    private LedgerEntry change(UUID id, String detail, Edit edit) {
        return ws.database().write(ws.session().actor(), tx -> {
            LedgerEntry before = ws.ledger().findById(tx, id).filter(e -> !e.meta().deleted())
                    .orElseThrow(() -> new ServiceException("ledger.not_found"));
            LocalDate today = today(tx);
            LedgerEntry after = edit.apply(before, today);
            Optional<Patient> p = ws.patients().findById(tx, before.patientId());
            if (p.isPresent()) {
                judge(after, p.get(), today);
            } else {
                // the treating hospital holds the row, not the patient: the row's own rules here, the patient's on the server
                ValidationResult r = rules.row(after, null, today);
                if (r.hasErrors()) {
                    throw new InvalidInput(r);
                }
            }
            return ws.ledger().update(tx, before, after, detail);
        });
    }

    /**
     * A confirmed hemophilia A or B result fills the ledger's diagnosis (D66 / D67, the confirming
     * hospital, the day): on the patient's open hemophilia row, or on a new one when the patient is
     * a 救治对象. Runs inside the pull that brought the result; a patient who is no 救治对象 gets no row.
     */
    public void fillFromConfirmedResult(Tx tx, ScreeningCase c, LabResult result) throws SQLException {
        if (!result.confirmed() || !result.diagnosis().hemophilia()) {
            return;
        }
        String icd10 = result.diagnosis() == Diagnosis.HEMOPHILIA_A ? "D66" : "D67";
        LocalDate on = LocalDate.ofInstant(result.confirmedAt(), zone);
        Optional<Patient> p = ws.patients().findById(tx, c.patientId());
        if (p.isEmpty()) {
            return;
        }
        Optional<LedgerEntry> open = openRow(tx, c.patientId(), HEMOPHILIA);
        if (open.isPresent()) {
            LedgerEntry e = open.get();
            LedgerEntry filled = e.withDiagnosis(icd10, result.labSite(), on);
            if (!rules.check(filled, p.get(), today(tx)).hasErrors()) {
                ws.ledger().update(tx, e, filled, "diagnosis from result");
            }
            return;
        }
        LedgerEntry e = LedgerEntry.opened(RecordIds.next(), c.patientId(), ws.session().site().siteCode(),
                p.get().address().townshipCode(), p.get().povertyStatus(), HEMOPHILIA, icd10, result.labSite(), on, today(tx),
                ws.session().user().displayName());
        if (!rules.check(e, p.get(), today(tx)).hasErrors()) {
            ws.ledger().insert(tx, e, "diagnosis from result");
        }
    }

    private LedgerRow row(Tx tx, LedgerEntry e, boolean reveal) throws SQLException {
        Patient p = ws.patients().findById(tx, e.patientId()).orElse(null);
        String disease = diseaseName(e.diseaseCode());
        String township = e.townshipCode() == null ? "" : ruleBook.divisions().find(e.townshipCode())
                .map(d -> d.name()).orElse(e.townshipCode());
        long total = e.admissions().stream().map(Admission::costs).filter(c -> c != null).mapToLong(Costs::totalFen).sum();
        long own = e.admissions().stream().map(Admission::costs).filter(c -> c != null).mapToLong(Costs::outOfPocketFen).sum();
        return new LedgerRow(e.id(), e.patientId(), p == null ? "" : reveal ? p.name() : Masking.name(p.name()),
                p == null ? "" : reveal ? p.idNumber() : Masking.idNumber(p.idNumber()), township, e.diseaseCode(), disease, e.status(),
                e.certification().status(), e.lastHospital(), e.diagnosedOn(), e.admissions().size(), total, own,
                e.latestAdmission().map(Admission::admittedOn).orElse(null));
    }
}
