package cn.screening.workstation.store;

import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.SyncedRows.Column;
import java.util.List;

/**
 * The treatment ledger's table: each row's admissions and costs in its JSON payload, and typed
 * columns for the ledger list's filters (disease, status, township, hospital, certification) and
 * the look-up of a patient's open row per disease.
 */
public final class LedgerRecords {

    private LedgerRecords() {
    }

    public static SyncedTable<LedgerEntry> ledger(Outbox outbox, AuditLog audit) {
        return SyncedRows.table(EntityTypes.LEDGER_ENTRY, "ledger_entry", LedgerEntry.class, List.of(
                new Column<>("patient_id", LedgerEntry::patientId),
                new Column<>("site_code", LedgerEntry::site),
                new Column<>("treating_site", LedgerEntry::treatingSite),
                new Column<>("disease_code", LedgerEntry::diseaseCode),
                new Column<>("status", LedgerEntry::status),
                new Column<>("open_row", e -> e.status().open()),
                new Column<>("certification", e -> e.certification().status()),
                new Column<>("township_code", LedgerEntry::townshipCode),
                new Column<>("hospital", LedgerEntry::lastHospital),
                new Column<>("diagnosed_on", LedgerEntry::diagnosedOn)), outbox, audit);
    }
}
