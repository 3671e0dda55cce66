package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.specimen.Receipt;
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

/** Receipts of boxes: arrival, temperature, numbers scanned that were not in the box. */
public final class ReceiptRepository {

    final SyncedTable<Receipt> table;

    public ReceiptRepository(Outbox outbox, AuditLog audit) {
        this.table = SyncedRows.table(EntityTypes.RECEIPT, "receipt", Receipt.class, List.of(
                new Column<>("shipment_id", Receipt::shipmentId),
                new Column<>("receiving_site", Receipt::receivingSite),
                new Column<>("from_site", Receipt::fromSite),
                new Column<>("arrived_at", Receipt::arrivedAt),
                new Column<>("completed_at", Receipt::completedAt)), outbox, audit);
    }

    public Receipt insert(Tx tx, Receipt r) throws SQLException {
        return table.insert(tx, r, r.boxNo());
    }

    /** Saves a change of the receipt; {@code before} is the stored copy read in this transaction. */
    public Receipt update(Tx tx, Receipt before, Receipt after) throws SQLException {
        return table.update(tx, before, after, null);
    }

    public void writeAsIs(Tx tx, Receipt r) throws SQLException {
        table.writeAsIs(tx, r);
    }

    public Optional<Receipt> findById(Tx tx, UUID id) throws SQLException {
        return table.findById(tx, id);
    }

    public Optional<Receipt> ofShipment(Tx tx, UUID shipmentId) throws SQLException {
        return table.first(tx, "shipment_id = ?", "id", shipmentId);
    }

    /** Receipts at this hospital, the newest first. */
    public List<Receipt> atHospital(Tx tx, String siteCode, int limit) throws SQLException {
        return table.top(tx, limit, "receiving_site = ?", "arrived_at DESC", siteCode);
    }
}
