package cn.screening.workstation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter over the audit log, newest first; every part may be null (no filter on it).
 *
 * @param from inclusive; @param until exclusive
 */
public record AuditQuery(String username, AuditAction action, String entityId, Instant from, Instant until) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public List<AuditEntry> run(Tx tx, long offset, int limit) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT seq, at, username, site_code, action, entity_type, entity_id, detail FROM audit_log"
                + where(args) + " ORDER BY seq DESC LIMIT ? OFFSET ?";
        List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare(sql)) {
            int i = bind(ps, args);
            ps.setInt(i++, limit);
            ps.setLong(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(AuditLog.entry(rs));
                }
            }
        }
        return out;
    }

    public long count(Tx tx) throws SQLException {
        List<Object> args = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM audit_log" + where(args))) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String where(List<Object> args) {
        List<String> parts = new ArrayList<>();
        if (username != null) {
            parts.add("username = ?");
            args.add(username);
        }
        if (action != null) {
            parts.add("action = ?");
            args.add(action.name());
        }
        if (entityId != null) {
            parts.add("entity_id = ?");
            args.add(entityId);
        }
        if (from != null) {
            parts.add("at >= ?");
            args.add(Tx.toDb(from));
        }
        if (until != null) {
            parts.add("at < ?");
            args.add(Tx.toDb(until));
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            ps.setObject(i++, a);
        }
        return i;
    }
}
