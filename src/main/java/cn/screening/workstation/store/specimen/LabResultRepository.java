package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lab results, one per sample. */
public final class LabResultRepository {

    public static final String ENTITY = EntityTypes.LAB_RESULT;

    final JsonTable<LabResult> table;

    public LabResultRepository(Outbox outbox, AuditLog audit) {
        this.table = new JsonTable<>("lab_result", ENTITY, LabResult.class, LabResult::id, LabResult::meta, LabResult::withMeta,
                List.of(new JsonTable.Column<>("sample_id", LabResult::sampleId),
                        new JsonTable.Column<>("case_id", LabResult::caseId),
                        new JsonTable.Column<>("lab_site", LabResult::labSite),
                        new JsonTable.Column<>("county_site", LabResult::countySite),
                        new JsonTable.Column<>("confirmed", LabResult::confirmed)), outbox, audit);
    }

    public LabResult insert(Tx tx, LabResult r) throws SQLException {
        return table.insert(tx, r, r.sampleNo());
    }

    public LabResult update(Tx tx, LabResult r) throws SQLException {
        return table.update(tx, r, null);
    }

    public void writeAsIs(Tx tx, LabResult r) throws SQLException {
        table.write(tx, r);
    }

    public Optional<LabResult> findById(Tx tx, UUID id) throws SQLException {
        return table.find(tx, id);
    }

    public Optional<LabResult> ofSample(Tx tx, UUID sampleId) throws SQLException {
        return table.one(tx, "WHERE sample_id = ? AND deleted = FALSE", sampleId);
    }

    /**
     * This county's confirmed results with a positive inhibitor whose case has no up-referral on its
     * way (a draft, refused, withdrawn, expired or missed one does not count): urgent referrals to make.
     */
    public List<LabResult> inhibitorPositiveUnreferred(Tx tx, String countySite) throws SQLException {
        return table.list(tx, "WHERE county_site = ? AND confirmed = TRUE AND deleted = FALSE AND case_id IS NOT NULL"
                + " AND case_id NOT IN (SELECT case_id FROM referral WHERE case_id IS NOT NULL AND deleted = FALSE"
                + " AND status NOT IN ('DRAFT', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'NO_SHOW'))", countySite)
                .stream().filter(LabResult::inhibitorPositive).toList();
    }

    public List<LabResult> ofCase(Tx tx, UUID caseId) throws SQLException {
        return table.list(tx, "WHERE case_id = ? AND deleted = FALSE", caseId);
    }
}
