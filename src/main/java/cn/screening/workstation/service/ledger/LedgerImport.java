package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.DesignatedHospitals;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.LedgerRules;
import cn.screening.workstation.domain.ledger.TreatmentOutcome;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.Messages;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.Tx;
import cn.screening.workstation.transfer.CsvTableWriter;
import cn.screening.workstation.transfer.SettlementList;
import cn.screening.workstation.transfer.ImportReportWriter;
import cn.screening.workstation.transfer.ImportStatus;
import cn.screening.workstation.transfer.ImportVerdictLine;
import cn.screening.workstation.transfer.PatientListException;
import cn.screening.workstation.transfer.PatientListReader;
import cn.screening.workstation.transfer.TableFile;
import cn.screening.workstation.transfer.TableReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.ZoneId;

/**
 * Imports a settlement list into the ledger: each line an admission of a 救治对象, added to the
 * patient's open row of that disease (opened when there is none), judged by the same LedgerRules
 * as the forms. A line with an error is left out and reported; an admission the ledger holds
 * already (same patient, disease, hospital and admission date) is skipped, so importing the same
 * file twice adds nothing. The rows are written in one transaction: all the good lines or none.
 */
public final class LedgerImport {

    /** What an import did (or, dry, would do); {@link #line()} is what the CLI prints. */
    public record Summary(int rows, int imported, int skipped, int errors, int rowsOpened, boolean dryRun) {
        public String line() {
            return "rows=" + rows + " imported=" + imported + " skipped=" + skipped + " errors=" + errors + " opened=" + rowsOpened
                    + (dryRun ? " dry_run=true" : "");
        }
    }

    private final Workspace ws;
    private final RuleBook rules;
    private final LedgerRules ledgerRules;
    private final Texts texts;
    private final Messages fieldNames;
    /** the synced designated-hospital sites, then the bundled list; read at the start of each pass */
    private DesignatedHospitals hospitals = DesignatedHospitals.bundled();

    private final ZoneId zone;

    public LedgerImport(Workspace ws, RuleBook rules, Texts texts, ZoneId zone) {
        this.ws = ws;
        this.zone = zone;
        this.rules = rules;
        this.ledgerRules = rules.ledgerRules();
        this.texts = texts;
        this.fieldNames = new Messages(texts.locale());
    }

    /** Reads, judges and (unless dry) writes the list; the report gets a line for every finding of every row. */
    public Summary run(Path file, boolean dryRun, Path report) {
        ws.session().require(Permission.KEEP_LEDGER);
        ws.session().require(Permission.IMPORT);
        if (ws.session().site().type() == InstitutionType.DESIGNATED) {
            throw new ServiceException("ledger.open.county_only");
        }
        TableFile list;
        try {
            list = new TableReader(SettlementList.COLUMNS, SettlementList.REQUIRED, PatientListReader.DEFAULT_MAX_ROWS).read(file);
        } catch (PatientListException e) {
            throw new ServiceException(e.messageKey(), e, e.args().toArray());
        }
        Pass pass = dryRun ? ws.database().read(tx -> judge(tx, list, false))
                : ws.database().write(ws.session().actor(), tx -> judge(tx, list, true));
        try {
            new ImportReportWriter(new CsvTableWriter()).write(report, pass.lines);
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, report.toString());
        }
        Summary s = new Summary(list.rows().size(), pass.imported, pass.skipped, pass.errors, pass.opened, dryRun);
        if (!dryRun) {
            ws.database().write(ws.session().actor(), tx -> {
                ws.audit().append(tx, AuditAction.IMPORT, "settlement_list", file.getFileName().toString(), s.line());
                return null;
            });
        }
        return s;
    }

    /** The rows' verdicts and the ledger rows they change, in file order. */
    private static final class Pass {
        final List<ImportVerdictLine> lines = new ArrayList<>();
        /** working copies by patient and disease, with the stored copy they started from (null: new) */
        final Map<String, LedgerEntry> working = new LinkedHashMap<>();
        final Map<String, LedgerEntry> stored = new LinkedHashMap<>();
        final Set<String> changed = new LinkedHashSet<>();
        /** patient:disease:hospital:admission date of every admission stored or imported in this pass */
        final Set<String> admissions = new java.util.HashSet<>();
        int imported;
        int skipped;
        int errors;
        int opened;
    }

    private Pass judge(Tx tx, TableFile list, boolean write) throws SQLException {
        Pass pass = new Pass();
        hospitals = HospitalDirectory.read(tx, ws);
        LocalDate today = LocalDate.ofInstant(tx.now(), zone);
        for (TableFile.Row row : list.rows()) {
            List<Violation> found = new ArrayList<>();
            SettlementLine p = SettlementLine.read(row, rules.diseases().all(), hospitals, found);
            Patient patient = null;
            if (p.idNumber != null) {
                patient = ws.patients().findByIdentity(tx, IdType.RESIDENT_ID, p.idNumber).orElse(null);
                if (patient == null) {
                    found.add(Violation.error("ledger.import.id", "ledger.import.patient_unknown"));
                }
            }
            if (!found.isEmpty() || patient == null) {
                report(pass, row.line(), found);
                continue;
            }
            String key = patient.id() + ":" + p.disease;
            boolean fresh = !pass.working.containsKey(key) && load(tx, pass, key, patient.id(), p.disease).isEmpty();
            LedgerEntry base = fresh ? newRow(patient, p, today) : pass.working.get(key);
            String admission = key + ":" + p.hospital.name() + ":" + p.admitted;
            if (pass.admissions.contains(admission)) {
                pass.skipped++;
                pass.lines.add(new ImportVerdictLine(row.line(), ImportStatus.SKIPPED, fieldNames.fieldLabel("admission.admittedOn"),
                        texts.get("ledger.import.already")));
                continue;
            }
            LedgerEntry after = admitted(base, p, found);
            ValidationResult verdict = ledgerRules.check(after, patient, today);
            found.addAll(verdict.errors());
            if (!found.isEmpty()) {
                report(pass, row.line(), found);
                continue;
            }
            pass.working.put(key, after);
            pass.changed.add(key);
            pass.admissions.add(admission);
            pass.imported++;
            if (fresh) {
                pass.opened++;
            }
            pass.lines.add(new ImportVerdictLine(row.line(), ImportStatus.OK, "", ""));
        }
        if (write) {
            for (String key : pass.changed) {
                LedgerEntry was = pass.stored.get(key);
                LedgerEntry now = pass.working.get(key);
                if (was == null) {
                    ws.ledger().insert(tx, now, "import");
                } else {
                    ws.ledger().update(tx, was, now, "import");
                }
            }
        }
        return pass;
    }

    /**
     * The patient's open row of the disease as stored (the pass's starting point for it), and the
     * admissions of every row of theirs for the disease, ended ones too: an admission imported
     * before stays imported after its row has ended.
     */
    private Optional<LedgerEntry> load(Tx tx, Pass pass, String key, java.util.UUID patientId, String disease) throws SQLException {
        Optional<LedgerEntry> open = Optional.empty();
        for (LedgerEntry e : ws.ledger().where(tx, "patient_id = ? AND disease_code = ?", "id", patientId, disease)) {
            e.admissions().forEach(a -> pass.admissions.add(key + ":" + a.hospitalName() + ":" + a.admittedOn()));
            if (e.status().open()) {
                open = Optional.of(e);
            }
        }
        open.ifPresent(e -> {
            pass.stored.put(key, e);
            pass.working.put(key, e);
        });
        return open;
    }

    private LedgerEntry newRow(Patient patient, SettlementLine p, LocalDate today) {
        return LedgerEntry.opened(RecordIds.next(), patient.id(), ws.session().site().siteCode(), patient.address().townshipCode(),
                patient.povertyStatus(), p.disease, null, null, null, today, ws.session().user().displayName());
    }

    /** The row with the line's admission, its status moved to what the line says (or 已救治 once discharged). */
    private LedgerEntry admitted(LedgerEntry base, SettlementLine p, List<Violation> found) {
        String by = ws.session().user().displayName();
        Admission a = new Admission(RecordIds.next(), null, p.hospital.name(), p.hospital.level(), p.hospital.county(), p.admitted,
                p.discharged, null, null, false, null, null, p.status == TreatmentStatus.DIED ? TreatmentOutcome.DIED : null, p.costs);
        LedgerEntry e = base.admitted(a, by);
        TreatmentStatus target = p.status != null ? p.status : p.discharged != null ? TreatmentStatus.TREATED : TreatmentStatus.TREATING;
        if (target != e.status() && target != TreatmentStatus.WAITING) {
            if (!e.status().mayMoveTo(target)) {
                found.add(Violation.error("ledger.status", "ledger.status.bad_move", e.status().zh(), target.zh()));
                return e;
            }
            e = e.movedTo(target, p.discharged != null ? p.discharged : p.admitted, by, null);
        }
        return e;
    }

    private void report(Pass pass, int line, List<Violation> found) {
        pass.errors++;
        for (Violation v : found) {
            pass.lines.add(new ImportVerdictLine(line, v.isError() ? ImportStatus.ERROR : ImportStatus.WARNING, fieldNames.fieldLabel(v.field()),
                    texts.get(v.messageKey(), v.args().toArray())));
        }
    }
}
