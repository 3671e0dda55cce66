package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.Tx;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Receipts of boxes, with their tube verdicts kept as rows for the lists that ask by tube. */
public final class ReceiptRepository {

    public static final String ENTITY = EntityTypes.RECEIPT;

    final JsonTable<Receipt> table;

    public ReceiptRepository(Outbox outbox, AuditLog audit) {
        this.table = new JsonTable<>("receipt", ENTITY, Receipt.class, Receipt::id, Receipt::meta, Receipt::withMeta, List.of(
                new JsonTable.Column<>("shipment_id", Receipt::shipmentId),
                new JsonTable.Column<>("receiving_site", Receipt::receivingSite),
                new JsonTable.Column<>("from_site", Receipt::fromSite),
                new JsonTable.Column<>("arrived_at", Receipt::arrivedAt),
                new JsonTable.Column<>("completed_at", Receipt::completedAt)), outbox, audit);
    }

    public Receipt insert(Tx tx, Receipt r) throws SQLException {
        Receipt stored = table.insert(tx, r, r.boxNo());
        verdicts(tx, stored, List.of());
        return stored;
    }

    /** Saves a scan or a verdict: the receipt is queued with what changed, the changed tube rows rewritten. */
    public Receipt update(Tx tx, Receipt before, Receipt after) throws SQLException {
        Receipt stored = table.update(tx, after, null);
        verdicts(tx, stored, before.tubes());
        return stored;
    }

    public void writeAsIs(Tx tx, Receipt r) throws SQLException {
        List<TubeVerdict> before = findById(tx, r.id()).map(Receipt::tubes).orElse(List.of());
        table.write(tx, r);
        verdicts(tx, r, before);
    }

    private static void verdicts(Tx tx, Receipt r, List<TubeVerdict> before) throws SQLException {
        Map<UUID, TubeVerdict> had = new HashMap<>();
        before.forEach(v -> had.put(v.sampleId(), v));
        for (TubeVerdict v : r.tubes()) {
            if (!v.equals(had.remove(v.sampleId()))) {
                try (PreparedStatement ps = tx.prepare("MERGE INTO tube_verdict (receipt_id, sample_id, sample_no, decision, reason,"
                        + " decided_at) KEY (receipt_id, sample_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setObject(1, r.id());
                    ps.setObject(2, v.sampleId());
                    ps.setString(3, v.sampleNo());
                    ps.setString(4, v.decision().name());
                    ps.setString(5, v.reason() == null ? null : v.reason().name());
                    ps.setObject(6, Tx.toDb(v.at()));
                    ps.executeUpdate();
                }
            }
        }
        for (UUID gone : had.keySet()) {
            try (PreparedStatement ps = tx.prepare("DELETE FROM tube_verdict WHERE receipt_id = ? AND sample_id = ?")) {
                ps.setObject(1, r.id());
                ps.setObject(2, gone);
                ps.executeUpdate();
            }
        }
    }

    public Optional<Receipt> findById(Tx tx, UUID id) throws SQLException {
        return table.find(tx, id);
    }

    public Optional<Receipt> ofShipment(Tx tx, UUID shipmentId) throws SQLException {
        return table.one(tx, "WHERE shipment_id = ?", shipmentId);
    }

    /** The receipt holding a verdict on this tube, if any. */
    public Optional<Receipt> judging(Tx tx, UUID sampleId) throws SQLException {
        return table.one(tx, "WHERE id IN (SELECT receipt_id FROM tube_verdict WHERE sample_id = ?)", sampleId);
    }

    /** The receipt holding a verdict on the tube of this number, if any. */
    public Optional<Receipt> judgingNumber(Tx tx, String sampleNo) throws SQLException {
        return table.one(tx, "WHERE id IN (SELECT receipt_id FROM tube_verdict WHERE sample_no = ?)", sampleNo);
    }

    /** Receipts at this hospital with accepted tubes, the newest first. */
    public List<Receipt> atHospital(Tx tx, String siteCode, int limit) throws SQLException {
        return table.list(tx, "WHERE receiving_site = ? AND deleted = FALSE ORDER BY arrived_at DESC LIMIT " + limit, siteCode);
    }
}
