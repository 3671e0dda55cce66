package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.SyncedRows;
import cn.screening.workstation.store.SyncedRows.Column;
import cn.screening.workstation.store.SyncedTable;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lab results, one per sample. */
public final class LabResultRepository {

    final SyncedTable<LabResult> table;

    public LabResultRepository(Outbox outbox, AuditLog audit) {
        this.table = SyncedRows.table(EntityTypes.LAB_RESULT, "lab_result", LabResult.class, List.of(
                new Column<>("sample_id", LabResult::sampleId),
                new Column<>("case_id", LabResult::caseId),
                new Column<>("lab_site", LabResult::labSite),
                new Column<>("county_site", LabResult::countySite),
                new Column<>("confirmed", LabResult::confirmed)), outbox, audit);
    }

    public LabResult insert(Tx tx, LabResult r) throws SQLException {
        return table.insert(tx, r, r.sampleNo());
    }

    public LabResult update(Tx tx, LabResult r) throws SQLException {
        return table.update(tx, r, null);
    }

    public void writeAsIs(Tx tx, LabResult r) throws SQLException {
        table.writeAsIs(tx, r);
    }

    public Optional<LabResult> findById(Tx tx, UUID id) throws SQLException {
        return table.findById(tx, id);
    }

    public Optional<LabResult> ofSample(Tx tx, UUID sampleId) throws SQLException {
        return table.first(tx, "sample_id = ?", "id", sampleId);
    }

    /**
     * This county's confirmed results with a positive inhibitor whose case has no up-referral on its
     * way (a draft, refused, withdrawn, expired or missed one does not count): urgent referrals to make.
     */
    public List<LabResult> inhibitorPositiveUnreferred(Tx tx, String countySite) throws SQLException {
        return table.where(tx, "county_site = ? AND confirmed = TRUE AND case_id IS NOT NULL"
                + " AND case_id NOT IN (SELECT case_id FROM referral WHERE case_id IS NOT NULL AND deleted = FALSE"
                + " AND status NOT IN ('DRAFT', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'NO_SHOW'))", "id", countySite)
                .stream().filter(LabResult::inhibitorPositive).toList();
    }

    public List<LabResult> ofCase(Tx tx, UUID caseId) throws SQLException {
        return table.where(tx, "case_id = ?", "id", caseId);
    }
}
