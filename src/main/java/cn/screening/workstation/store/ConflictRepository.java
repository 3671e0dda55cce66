package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncConflict;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Fields changed on both sides, kept both ways until a user picks. */
public final class ConflictRepository {

    private static final String COLUMNS = "id, change_id, entity_type, entity_id, field, local_value, server_value, local_user,"
            + " local_site, local_at, server_site, server_at, server_version, detected_at, resolved, resolution, resolved_by, resolved_at";

    public void add(Tx tx, SyncConflict c) throws SQLException {
        try (PreparedStatement ps = tx.prepare("INSERT INTO sync_conflict (" + COLUMNS + ") VALUES (" + "?,".repeat(17) + "?)")) {
            int i = 1;
            ps.setObject(i++, c.id());
            ps.setObject(i++, c.changeId());
            ps.setString(i++, c.entityType());
            ps.setObject(i++, c.entityId());
            ps.setString(i++, c.field());
            ps.setString(i++, c.localValue());
            ps.setString(i++, c.serverValue());
            ps.setString(i++, c.localUser());
            ps.setString(i++, c.localSite());
            ps.setObject(i++, Tx.toDb(c.localAt()));
            ps.setString(i++, c.serverSite());
            ps.setObject(i++, Tx.toDb(c.serverAt()));
            ps.setLong(i++, c.serverVersion());
            ps.setObject(i++, Tx.toDb(c.detectedAt()));
            ps.setBoolean(i++, c.resolved());
            ps.setString(i++, c.resolution());
            ps.setString(i++, c.resolvedBy());
            ps.setObject(i, Tx.toDb(c.resolvedAt()));
            ps.executeUpdate();
        }
    }

    /** Conflicts waiting for a user, oldest first. */
    public List<SyncConflict> open(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM sync_conflict WHERE resolved = FALSE"
                + " ORDER BY detected_at, entity_id, field")) {
            return list(ps);
        }
    }

    public long openCount(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM sync_conflict WHERE resolved = FALSE");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public Optional<SyncConflict> find(Tx tx, UUID id) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM sync_conflict WHERE id = ?")) {
            ps.setObject(1, id);
            List<SyncConflict> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Every conflict found for one held change, resolved or not. */
    public List<SyncConflict> ofChange(Tx tx, UUID changeId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM sync_conflict WHERE change_id = ? ORDER BY field")) {
            ps.setObject(1, changeId);
            return list(ps);
        }
    }

    public void resolve(Tx tx, UUID id, String resolution) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE sync_conflict SET resolved = TRUE, resolution = ?, resolved_by = ?,"
                + " resolved_at = ? WHERE id = ? AND resolved = FALSE")) {
            ps.setString(1, resolution);
            ps.setString(2, tx.actor().username());
            ps.setObject(3, Tx.toDb(tx.now()));
            ps.setObject(4, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("conflict " + id + " is not open");
            }
        }
    }

    private static List<SyncConflict> list(PreparedStatement ps) throws SQLException {
        List<SyncConflict> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new SyncConflict(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), Tx.fromDb(rs.getObject(10)), rs.getString(11), Tx.fromDb(rs.getObject(12)),
                        rs.getLong(13), Tx.fromDb(rs.getObject(14)), rs.getBoolean(15), rs.getString(16), rs.getString(17),
                        Tx.fromDb(rs.getObject(18))));
            }
        }
        return out;
    }
}
