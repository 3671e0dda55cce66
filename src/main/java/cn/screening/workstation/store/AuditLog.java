package cn.screening.workstation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The append-only audit log. Lines are written inside the caller's transaction. */
public final class AuditLog {

    public void append(Tx tx, AuditAction action, String entityType, String entityId, String detail) throws SQLException {
        append(tx, tx.now(), action, entityType, entityId, detail);
    }

    public void append(Tx tx, Instant at, AuditAction action, String entityType, String entityId, String detail)
            throws SQLException {
        try (PreparedStatement ps = tx.prepare("INSERT INTO audit_log (at, username, site_code, action, entity_type, entity_id, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, Tx.toDb(at));
            ps.setString(2, tx.actor().username());
            ps.setString(3, tx.actor().siteCode());
            ps.setString(4, action.name());
            ps.setString(5, entityType);
            ps.setString(6, entityId);
            ps.setString(7, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000));
            ps.executeUpdate();
        }
    }

    /** The newest lines first. */
    public List<AuditEntry> latest(Tx tx, int limit) throws SQLException {
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("SELECT seq, at, username, site_code, action, entity_type, entity_id, detail"
                + " FROM audit_log ORDER BY seq DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), Tx.fromDb(rs.getObject(2)), rs.getString(3), rs.getString(4),
                            AuditAction.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return out;
    }

    public long count(Tx tx, AuditAction action) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM audit_log WHERE action = ?")) {
            ps.setString(1, action.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
