package cn.screening.workstation.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What makes push idempotent: every applied change id, and every batch's stored response. */
public final class PushLedger {

    /** A change applied earlier: by which site and at which version. */
    public record AppliedChange(UUID changeId, String siteCode, String entityType, UUID entityId, long version) {
    }

    /** A batch answered earlier: by which device, and the response exactly as sent. */
    public record StoredBatch(UUID batchId, UUID deviceId, String responseJson) {
    }

    public Optional<AppliedChange> appliedChange(Connection c, UUID changeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT site_code, entity_type, entity_id, version FROM applied_change"
                + " WHERE change_id = ?")) {
            ps.setObject(1, changeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new AppliedChange(changeId, rs.getString(1), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getLong(4))) : Optional.empty();
            }
        }
    }

    public void recordChange(Connection c, AppliedChange a, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO applied_change (change_id, site_code, entity_type, entity_id,"
                + " version, applied_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, a.changeId());
            ps.setString(2, a.siteCode());
            ps.setString(3, a.entityType());
            ps.setObject(4, a.entityId());
            ps.setLong(5, a.version());
            Sql.setInstant(ps, 6, now);
            ps.executeUpdate();
        }
    }

    public Optional<StoredBatch> batch(Connection c, UUID batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT device_id, response FROM push_batch WHERE batch_id = ?")) {
            ps.setObject(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredBatch(batchId, rs.getObject(1, UUID.class), rs.getString(2))) : Optional.empty();
            }
        }
    }

    public void recordBatch(Connection c, StoredBatch b, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO push_batch (batch_id, device_id, response, received_at)"
                + " VALUES (?, ?, ?, ?)")) {
            ps.setObject(1, b.batchId());
            ps.setObject(2, b.deviceId());
            ps.setString(3, b.responseJson());
            Sql.setInstant(ps, 4, now);
            ps.executeUpdate();
        }
    }

    public long batchCount(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM push_batch"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
