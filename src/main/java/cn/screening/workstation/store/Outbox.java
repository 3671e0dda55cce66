package cn.screening.workstation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Changes waiting to be pushed to the provincial server, queued in the same transaction as the change. */
public final class Outbox {

    public void enqueue(Tx tx, String entityType, UUID entityId, String payloadJson) throws SQLException {
        try (PreparedStatement ps = tx.prepare("INSERT INTO outbox (change_id, entity_type, entity_id, payload, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, entityType);
            ps.setObject(3, entityId);
            ps.setString(4, payloadJson);
            ps.setObject(5, Tx.toDb(tx.now()));
            ps.executeUpdate();
        }
    }

    public long pendingCount(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public long countFor(Tx tx, String entityType, UUID entityId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM outbox WHERE entity_type = ? AND entity_id = ?")) {
            ps.setString(1, entityType);
            ps.setObject(2, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
