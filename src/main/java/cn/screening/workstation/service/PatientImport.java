package cn.screening.workstation.service;

import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.validation.Messages;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.store.Tx;
import cn.screening.workstation.transfer.CsvTableWriter;
import cn.screening.workstation.transfer.ImportReportWriter;
import cn.screening.workstation.transfer.ImportStatus;
import cn.screening.workstation.transfer.ImportVerdictLine;
import cn.screening.workstation.transfer.PatientListException;
import cn.screening.workstation.transfer.PatientListFile;
import cn.screening.workstation.transfer.PatientListReader;
import cn.screening.workstation.transfer.PatientListRow;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the patient list a county receives: every row through the same rules as the form,
 * rows with an error left out, ID numbers already registered skipped (so a second import of
 * the same file creates nobody), and a report line for every finding.
 */
public final class PatientImport implements ImportPort {

    private static final Logger LOG = LoggerFactory.getLogger(PatientImport.class);
    private static final int BATCH = 500;

    private final Workspace ws;
    private final CaseRegistration registration;
    private final PatientRowMapper mapper;
    private final Texts texts;
    private final Messages fieldNames;

    public PatientImport(Workspace ws, RuleBook rules, CaseRegistration registration, Texts texts) {
        this.ws = ws;
        this.registration = registration;
        this.mapper = new PatientRowMapper(rules, ws.session().site().countyCode(), ws.session().site().siteCode());
        this.texts = texts;
        this.fieldNames = new Messages(texts.locale());
    }

    /** Reads and judges the file; writes nothing. A damaged file is refused as a whole, with the reason. */
    public ImportPreview preview(Path file) {
        ws.session().require(Permission.IMPORT);
        PatientListFile list;
        try {
            list = new PatientListReader().read(file);
        } catch (PatientListException e) {
            throw new ServiceException(e.messageKey(), e, e.args().toArray());
        }
        Set<String> seen = new HashSet<>();
        // one read transaction for every row's duplicate check, not one connection per row
        List<ImportRowVerdict> verdicts = ws.database().read(tx -> {
            List<ImportRowVerdict> out = new ArrayList<>();
            for (PatientListRow row : list.rows()) {
                out.add(judge(row, seen, tx));
            }
            return out;
        });
        return new ImportPreview(file, verdicts);
    }

    private ImportRowVerdict judge(PatientListRow row, Set<String> seen, Tx tx) throws SQLException {
        PatientRowMapper.Mapped mapped = mapper.map(row);
        List<Violation> found = new ArrayList<>(mapped.problems());
        ValidationResult rules = registration.check(mapped.patient());
        Patient p = CaseRegistration.normalised(mapped.patient());
        found.addAll(rules.violations().stream().filter(v -> !v.field().equals("ethnicity"))
                // a township the table no longer knows is kept as address text: warned, not a missing field
                .filter(v -> !(mapped.townshipKeptAsText() && v.field().equals("township"))).toList());
        boolean malformed = found.stream().anyMatch(v -> v.isError() && v.field().equals("id_number"));
        if (!malformed && p.idNumber() != null && !p.idNumber().isEmpty()) {
            if (!seen.add(p.idNumber())) {
                found.add(Violation.error("id_number", "import.duplicate_in_file"));
            } else if (ws.patients().findByIdentity(tx, p.idType(), p.idNumber()).isPresent()) {
                // registered already: the row's other findings no longer matter, it is simply skipped
                return new ImportRowVerdict(row.line(), p, List.of(new ImportVerdictLine(row.line(), ImportStatus.SKIPPED,
                        fieldNames.fieldLabel("id_number"), texts.get("import.already_registered"))), true);
            }
        }
        List<ImportVerdictLine> lines = found.stream()
                .map(v -> new ImportVerdictLine(row.line(), v.isError() ? ImportStatus.ERROR : ImportStatus.WARNING,
                        fieldNames.fieldLabel(v.field()), texts.get(v.messageKey(), v.args().toArray())))
                .toList();
        if (lines.isEmpty()) {
            lines = List.of(new ImportVerdictLine(row.line(), ImportStatus.OK, "", ""));
        }
        return new ImportRowVerdict(row.line(), p, lines, false);
    }

    /**
     * Registers the importable rows, in batches: a crash part-way leaves whole rows, and importing again finishes the rest.
     * A store failure (a full disk, a read-only folder) stops it at that batch, which is undone, and the refusal says
     * why and how many rows were committed before.
     */
    public ImportSummary commit(ImportPreview preview) {
        ws.session().require(Permission.IMPORT);
        List<Patient> todo = preview.rows().stream().filter(ImportRowVerdict::importable).map(ImportRowVerdict::patient).toList();
        int imported = 0;
        for (int from = 0; from < todo.size(); from += BATCH) {
            List<Patient> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
            String detail = "import " + preview.file().getFileName();
            try {
                imported += writeBatch(batch, detail);
            } catch (StoreException e) {
                LOG.info("import stopped after {} rows: {}", imported, e.logLine());
                throw new ServiceException("import.stopped", e, texts.of(e), String.valueOf(imported));
            }
        }
        ImportSummary summary = new ImportSummary(preview.rows().size(), imported, (int) preview.alreadyRegisteredCount(),
                (int) preview.errorCount(), (int) preview.warningCount());
        ws.database().write(ws.session().actor(), tx -> {
            ws.audit().append(tx, AuditAction.IMPORT, "patient_list", preview.file().getFileName().toString(), summary.line());
            return null;
        });
        return summary;
    }

    private int writeBatch(List<Patient> batch, String detail) {
        return ws.database().write(ws.session().actor(), tx -> {
            List<Patient> fresh = new ArrayList<>(batch.size());
            Set<String> seen = new HashSet<>();
            for (Patient p : batch) {
                // skip what a previous, interrupted run of the same file already wrote (and a row twice in one batch)
                if (seen.add(p.idType().code() + ":" + p.idNumber())
                        && ws.patients().findByIdentity(tx, p.idType(), p.idNumber()).isEmpty()) {
                    fresh.add(p);
                }
            }
            return ws.patients().insertAll(tx, fresh, detail).size();
        });
    }

    /** The report CSV: `row,status,field,message`, every finding of every row. */
    public void writeReport(ImportPreview preview, Path report) {
        List<ImportVerdictLine> lines = preview.rows().stream().flatMap(r -> r.lines().stream()).toList();
        try {
            new ImportReportWriter(new CsvTableWriter()).write(report, lines);
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, report.toString());
        }
    }
}
