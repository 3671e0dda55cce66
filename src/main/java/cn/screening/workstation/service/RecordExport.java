package cn.screening.workstation.service;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.transfer.SettlementList;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.CaseListRow;
import cn.screening.workstation.domain.patient.PatientQuery;
import cn.screening.workstation.transfer.CsvTableWriter;
import cn.screening.workstation.store.Tx;
import java.io.IOException;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Exports what is stored as CSV: masked unless the user's role may export full ID numbers and
 * a purpose is given (DOMAIN §8 rule 34). Every export is audited with its purpose.
 */
public final class RecordExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Workspace ws;
    private final RuleBook rules;
    private final Texts texts;
    private final ZoneId zone;

    public RecordExport(Workspace ws, RuleBook rules, Texts texts, ZoneId zone) {
        this.ws = ws;
        this.rules = rules;
        this.texts = texts;
        this.zone = zone;
    }

    /** Whether and why full IDs may go out; null purpose with full IDs is refused. */
    private void checkFullIds(boolean fullIds, String purpose) {
        if (!fullIds) {
            return;
        }
        if (!ws.session().may(Permission.EXPORT_FULL_ID) || purpose == null || purpose.isBlank()) {
            throw new ServiceException("export.full_id_refused");
        }
    }

    public int exportPatients(Path out, boolean fullIds, String purpose) {
        return exportPatients(out, PatientQuery.EVERYONE, fullIds, purpose);
    }

    /** The patients the 患者 list shows for the same filter, in its order, masked as it masks them. */
    public int exportPatients(Path out, PatientQuery filter, boolean fullIds, String purpose) {
        PatientQuery all = filter.everyMatch();
        return export(out, fullIds, purpose, "patients", header("export.patients.header"),
                (tx, rows) -> ws.patients().forEachMatching(tx, all, p -> rows.add(patientRow(p, fullIds))));
    }

    public int exportCases(Path out, boolean fullIds, String purpose) {
        return export(out, fullIds, purpose, "cases", header("export.cases.header"), (tx, rows) -> ws.cases().forEachRow(tx, r -> rows.add(caseRow(r, fullIds))));
    }

    /** Reads the rows off the store, writes the file, audits it: one shape for every export. */
    private int export(Path out, boolean fullIds, String purpose, String what, List<String> header, RowSource source) {
        checkFullIds(fullIds, purpose);
        List<List<String>> rows = new ArrayList<>();
        ws.database().read(tx -> {
            source.fill(tx, rows);
            return null;
        });
        write(out, header, rows);
        audit(what, out, rows.size(), fullIds, purpose);
        return rows.size();
    }

    /**
     * The treatment ledger, one line per admission: 姓名 and 乡镇, then the settlement list's columns
     * (so the file imports back), amounts in yuan with two decimals, then 认定, 认定日期 and 台账编号 (the row's id,
     * which the monthly report's figures name; an import ignores both). For who keeps the ledger and who
     * certifies it (the county health bureau reports from it).
     */
    public int exportLedger(Path out, boolean fullIds, String purpose) {
        return exportLedger(out, fullIds, purpose, null);
    }

    /**
     * The month's ledger for the national system: the same lines, only the admissions discharged within
     * {@code period} (the stays the monthly report counts for it); every admission when it is null.
     */
    public int exportLedger(Path out, boolean fullIds, String purpose, ReportPeriod period) {
        ws.session().requireAny(Permission.KEEP_LEDGER, Permission.CERTIFY);
        List<String> header = new ArrayList<>(List.of("姓名", "乡镇"));
        header.addAll(SettlementList.COLUMNS);
        header.addAll(List.of("认定", "认定日期", "台账编号"));
        String what = period == null ? "ledger" : "ledger " + period;
        return export(out, fullIds, purpose, what, header, (tx, rows) -> {
            for (LedgerEntry e : ws.ledger().where(tx, "TRUE", "township_code, patient_id, id")) {
                Patient p = ws.patients().findById(tx, e.patientId()).orElse(null);
                for (Admission a : e.admissions()) {
                    if (period == null || a.dischargedOn() != null && period.contains(a.dischargedOn())) {
                        rows.add(ledgerRow(e, p, a, fullIds));
                    }
                }
            }
        });
    }

    private List<String> ledgerRow(LedgerEntry e, Patient p, Admission a, boolean full) {
        List<String> cells = new ArrayList<>();
        cells.add(p == null ? "" : full ? p.name() : Masking.name(p.name()));
        cells.add(township(e.townshipCode()));
        cells.add(p == null ? "" : full ? p.idNumber() : Masking.idNumber(p.idNumber()));
        cells.add(rules.diseases().find(e.diseaseCode()).map(Disease::nameZh).orElse(e.diseaseCode()));
        cells.add(Objects.toString(a.hospitalName(), ""));
        cells.add(Objects.toString(a.admittedOn(), ""));
        cells.add(Objects.toString(a.dischargedOn(), ""));
        cells.add(e.status().zh());
        Costs c = a.costs();
        cells.add(c == null ? "" : Costs.yuan(c.totalFen()));
        for (Payer payer : Payer.values()) {
            cells.add(c == null ? "" : Costs.yuan(c.paid(payer)));
        }
        cells.add(c == null ? "" : Costs.yuan(c.hospitalWaiverFen()));
        cells.add(c == null ? "" : Costs.yuan(c.otherFen()));
        cells.add(c == null ? "" : Costs.yuan(c.outOfPocketFen()));
        cells.add(c == null ? "" : c.oneStopSettlement() ? "是" : "否");
        cells.add(c == null ? "" : c.treatFirstPayLater() ? "是" : "否");
        cells.add(e.certification().status().zh());
        cells.add(Objects.toString(e.certification().on(), ""));
        cells.add(e.id().toString());
        return cells;
    }

    @FunctionalInterface
    private interface RowSource {
        void fill(Tx tx, List<List<String>> rows) throws SQLException;
    }

    private List<String> header(String key) {
        return List.of(texts.get(key).split(","));
    }

    private List<String> patientRow(Patient p, boolean full) {
        var a = p.address();
        return List.of(full ? p.name() : Masking.name(p.name()), full ? p.idNumber() : Masking.idNumber(p.idNumber()),
                texts.get("sex." + p.sex().name()), Objects.toString(p.birthDate(), ""), Objects.toString(p.ethnicityCode(), ""),
                p.phone() == null ? "" : full ? p.phone() : Masking.phone(p.phone()),
                a == null ? "" : township(a.townshipCode()), a == null || a.villageName() == null ? "" : a.villageName(),
                texts.get("poverty." + p.povertyStatus().name()), p.registeredSite(),
                TIME.withZone(zone).format(p.meta().updatedAt()));
    }

    private List<String> caseRow(CaseListRow r, boolean full) {
        return List.of(r.caseNo(), full ? r.patientName() : Masking.name(r.patientName()),
                full ? r.idNumber() : Masking.idNumber(r.idNumber()), texts.get("sex." + r.sex().name()),
                Objects.toString(r.birthDate(), ""), rules.diseases().find(r.diseaseCode()).map(Disease::nameZh).orElse(r.diseaseCode()),
                texts.get("status." + r.status().name()),
                r.classification() == null ? "" : texts.get("class." + r.classification().name()),
                township(r.townshipCode()), r.reportingSite(), TIME.withZone(zone).format(r.registeredAt()));
    }

    private String township(String code) {
        return code == null ? "" : rules.divisions().find(code).map(Division::name).orElse(code);
    }

    private void write(Path out, List<String> header, List<List<String>> rows) {
        try {
            new CsvTableWriter().write(out, header, rows);
        } catch (IOException e) {
            throw new ServiceException("error.file.write", e, out.toString());
        }
    }

    private void audit(String what, Path out, int count, boolean fullIds, String purpose) {
        ws.database().write(ws.session().actor(), tx -> {
            ws.audit().append(tx, AuditAction.EXPORT, what, out.getFileName().toString(),
                    "rows=" + count + " full_ids=" + fullIds + (purpose == null ? "" : " purpose=" + purpose));
            return null;
        });
    }
}
