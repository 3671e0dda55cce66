package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentItem;
import cn.screening.workstation.domain.specimen.ShipmentStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.SyncedRows;
import cn.screening.workstation.store.SyncedRows.Column;
import cn.screening.workstation.store.SyncedTable;
import cn.screening.workstation.store.Tx;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Boxes of tubes, with their tube list kept as rows so that "which box holds this tube" is one index read. */
public final class ShipmentRepository {

    final SyncedTable<Shipment> table;

    public ShipmentRepository(Outbox outbox, AuditLog audit) {
        this.table = SyncedRows.table(EntityTypes.SHIPMENT, "shipment", Shipment.class, List.of(
                new Column<>("box_no", Shipment::boxNo),
                new Column<>("from_site", Shipment::fromSite),
                new Column<>("destination", Shipment::destination),
                new Column<>("status", Shipment::status),
                new Column<>("packed_at", Shipment::packedAt),
                new Column<>("dispatched_at", Shipment::dispatchedAt)), outbox, audit)
                // the tube list is kept as rows too, whoever wrote the box
                .onRowWritten((tx, before, after) -> items(tx, after, before.map(Shipment::items).orElse(List.of())));
    }

    public Shipment insert(Tx tx, Shipment s) throws SQLException {
        return table.insert(tx, s, s.boxNo());
    }

    public Shipment update(Tx tx, Shipment s) throws SQLException {
        return table.update(tx, s, null);
    }

    public void writeAsIs(Tx tx, Shipment s) throws SQLException {
        table.writeAsIs(tx, s);
    }

    /** Keeps shipment_item in step with the box's list: only the tubes that came or went are touched. */
    private static void items(Tx tx, Shipment s, List<ShipmentItem> before) throws SQLException {
        Set<ShipmentItem> now = new HashSet<>(s.meta() != null && s.meta().deleted() ? List.of() : s.items());
        for (ShipmentItem gone : before) {
            if (!now.contains(gone)) {
                try (PreparedStatement ps = tx.prepare("DELETE FROM shipment_item WHERE shipment_id = ? AND sample_id = ?")) {
                    ps.setObject(1, s.id());
                    ps.setObject(2, gone.sampleId());
                    ps.executeUpdate();
                }
            }
        }
        Set<ShipmentItem> had = new HashSet<>(before);
        for (ShipmentItem added : now) {
            if (!had.contains(added)) {
                try (PreparedStatement ps = tx.prepare("MERGE INTO shipment_item (shipment_id, sample_id, sample_no) KEY (shipment_id, sample_id)"
                        + " VALUES (?, ?, ?)")) {
                    ps.setObject(1, s.id());
                    ps.setObject(2, added.sampleId());
                    ps.setString(3, added.sampleNo());
                    ps.executeUpdate();
                }
            }
        }
    }

    public Optional<Shipment> findById(Tx tx, UUID id) throws SQLException {
        return table.findById(tx, id);
    }

    /** The number of another open box holding the tube, if one does. */
    public Optional<String> openBoxHolding(Tx tx, UUID sampleId, UUID exceptBox) throws SQLException {
        return firstString(tx, "SELECT s.box_no FROM shipment_item i JOIN shipment s ON s.id = i.shipment_id"
                + " WHERE i.sample_id = ? AND s.status = 'OPEN' AND s.deleted = FALSE AND s.id <> ?", sampleId, exceptBox);
    }

    /** The number of another box listing this tube number, if one does (the receiving side's "belongs to another box"). */
    public Optional<String> otherBoxListing(Tx tx, String sampleNo, UUID exceptBox) throws SQLException {
        return firstString(tx, "SELECT s.box_no FROM shipment_item i JOIN shipment s ON s.id = i.shipment_id"
                + " WHERE i.sample_no = ? AND s.deleted = FALSE AND s.id <> ? ORDER BY s.dispatched_at DESC", sampleNo, exceptBox);
    }

    /** The box a tube was (last) dispatched in, if any. */
    public Optional<Shipment> dispatchedHolding(Tx tx, UUID sampleId) throws SQLException {
        return table.first(tx, "id IN (SELECT shipment_id FROM shipment_item WHERE sample_id = ?) AND status = ?",
                "dispatched_at DESC", sampleId, ShipmentStatus.DISPATCHED);
    }

    /** The box holding the tube now, open or sent, if any. */
    public Optional<Shipment> holding(Tx tx, UUID sampleId) throws SQLException {
        return table.first(tx, "id IN (SELECT shipment_id FROM shipment_item WHERE sample_id = ?)",
                "status DESC, packed_at DESC", sampleId);
    }

    /** Boxes sent from this site, open ones first, then the newest. */
    public List<Shipment> fromSite(Tx tx, String siteCode, int limit) throws SQLException {
        return table.top(tx, limit, "from_site = ?", "CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, packed_at DESC", siteCode);
    }

    /** Dispatched boxes addressed to this site, the newest first. */
    public List<Shipment> addressedTo(Tx tx, String siteCode, int limit) throws SQLException {
        return table.top(tx, limit, "destination = ? AND status = ?", "dispatched_at DESC", siteCode, ShipmentStatus.DISPATCHED);
    }

    private static Optional<String> firstString(Tx tx, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = tx.prepare(sql + " LIMIT 1")) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
