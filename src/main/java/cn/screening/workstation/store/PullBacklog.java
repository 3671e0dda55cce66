package cn.screening.workstation.store;

import cn.screening.workstation.protocol.PulledRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulled records not written yet: a case whose patient has not arrived, or a record this store
 * refused (e.g. a local patient already has its ID number). Kept with the cursor's transaction, so
 * moving the cursor past them loses nothing; retried after every page.
 */
public final class PullBacklog {

    public record Waiting(PulledRecord record, String reason) {
    }

    /** Keeps the record unless a newer copy already waits. */
    public void park(Tx tx, PulledRecord r, String reason) throws SQLException {
        try (PreparedStatement ps = tx.prepare("MERGE INTO sync_pull_waiting (entity_type, entity_id, version, payload, updated_at,"
                + " updated_by_site, deleted, reason) KEY (entity_type, entity_id) SELECT ?, ?, ?, ?, ?, ?, ?, ? FROM DUAL"
                + " WHERE NOT EXISTS (SELECT 1 FROM sync_pull_waiting WHERE entity_type = ? AND entity_id = ? AND version > ?)")) {
            int i = 1;
            ps.setString(i++, r.entityType());
            ps.setObject(i++, r.entityId());
            ps.setLong(i++, r.version());
            ps.setString(i++, r.payload() == null ? null : StoreJson.write(r.payload()));
            ps.setObject(i++, Tx.toDb(r.updatedAt()));
            ps.setString(i++, r.updatedBySite());
            ps.setBoolean(i++, r.deleted());
            ps.setString(i++, reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000));
            ps.setString(i++, r.entityType());
            ps.setObject(i++, r.entityId());
            ps.setLong(i, r.version());
            ps.executeUpdate();
        }
    }

    /** Oldest version first, so parents come before their children. */
    public List<Waiting> all(Tx tx) throws SQLException {
        List<Waiting> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("SELECT entity_type, entity_id, version, payload, updated_at, updated_by_site,"
                + " deleted, reason FROM sync_pull_waiting ORDER BY version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String payload = rs.getString(4);
                out.add(new Waiting(new PulledRecord(rs.getString(1), rs.getObject(2, java.util.UUID.class), rs.getLong(3),
                        payload == null ? null : RecordPayloads.parse(payload), Tx.fromDb(rs.getObject(5)), rs.getString(6),
                        rs.getBoolean(7)), rs.getString(8)));
            }
        }
        return out;
    }

    public void remove(Tx tx, PulledRecord r) throws SQLException {
        try (PreparedStatement ps = tx.prepare("DELETE FROM sync_pull_waiting WHERE entity_type = ? AND entity_id = ? AND version <= ?")) {
            ps.setString(1, r.entityType());
            ps.setObject(2, r.entityId());
            ps.setLong(3, r.version());
            ps.executeUpdate();
        }
    }

    public long count(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM sync_pull_waiting");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
