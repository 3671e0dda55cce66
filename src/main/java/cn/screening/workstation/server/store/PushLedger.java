package cn.screening.workstation.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What makes push idempotent: every applied change id, and every batch's stored response. */
public final class PushLedger {

    private static final String INSERT_CHANGE = "INSERT INTO applied_change (change_id, site_code, entity_type, entity_id,"
            + " version, applied_at) VALUES (?, ?, ?, ?, ?, ?)";

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

    /** The changes among {@code changeIds} applied earlier, by change id: one query for a whole batch. */
    public Map<UUID, AppliedChange> appliedChanges(Connection c, Collection<UUID> changeIds) throws SQLException {
        Map<UUID, AppliedChange> out = new HashMap<>();
        if (changeIds.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT change_id, site_code, entity_type, entity_id, version FROM applied_change"
                + " WHERE change_id IN (" + Sql.placeholders(changeIds.size()) + ")")) {
            int i = 1;
            for (UUID id : changeIds) {
                ps.setObject(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    out.put(id, new AppliedChange(id, rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class), rs.getLong(5)));
                }
            }
        }
        return out;
    }

    /** Remembers many applied changes with one JDBC batch. */
    public void recordChanges(Connection c, List<AppliedChange> applied, Instant now) throws SQLException {
        if (applied.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_CHANGE)) {
            for (AppliedChange a : applied) {
                bind(ps, a, now);
                ps.addBatch();
            }
            Sql.requireEach(ps.executeBatch(), "applied change");
        }
    }

    public void recordChange(Connection c, AppliedChange a, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_CHANGE)) {
            bind(ps, a, now);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, AppliedChange a, Instant now) throws SQLException {
        ps.setObject(1, a.changeId());
        ps.setString(2, a.siteCode());
        ps.setString(3, a.entityType());
        ps.setObject(4, a.entityId());
        ps.setLong(5, a.version());
        Sql.setInstant(ps, 6, now);
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
