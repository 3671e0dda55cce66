package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Receipts of boxes: arrival, temperature, numbers scanned that were not in the box. */
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
        return table.insert(tx, r, r.boxNo());
    }

    /** Saves a change of the receipt; {@code before} is the stored copy read in this transaction. */
    public Receipt update(Tx tx, Receipt before, Receipt after) throws SQLException {
        return table.update(tx, before, after, null);
    }

    public void writeAsIs(Tx tx, Receipt r) throws SQLException {
        table.write(tx, r);
    }

    public Optional<Receipt> findById(Tx tx, UUID id) throws SQLException {
        return table.find(tx, id);
    }

    public Optional<Receipt> ofShipment(Tx tx, UUID shipmentId) throws SQLException {
        return table.one(tx, "WHERE shipment_id = ?", shipmentId);
    }

    /** Receipts at this hospital, the newest first. */
    public List<Receipt> atHospital(Tx tx, String siteCode, int limit) throws SQLException {
        return table.list(tx, "WHERE receiving_site = ? AND deleted = FALSE ORDER BY arrived_at DESC LIMIT " + limit, siteCode);
    }
}
