package cn.screening.workstation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The one sync_state row: enrolment, server address, pull cursor, and how the last attempt ended. */
public final class SyncStateRepository {

    /**
     * @param token         the device's bearer token; null until enrolled
     * @param lastErrorKey  the sync bundle key of the last failure, null after a success
     * @param lastErrorArgs the values of that sentence's placeholders
     */
    public record SyncState(UUID deviceId, String token, String siteCode, String serverUrl, Instant enrolledAt, long pullCursor,
                            Instant lastSuccessAt, String lastErrorKey, List<String> lastErrorArgs, String lastErrorDetail,
                            Instant lastErrorAt) {

        public boolean enrolled() {
            return token != null && deviceId != null;
        }
    }

    public SyncState load(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT device_id, token, site_code, server_url, enrolled_at, pull_cursor,"
                + " last_success_at, last_error_key, last_error_args, last_error_detail, last_error_at FROM sync_state");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new SyncState(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                    Tx.fromDb(rs.getObject(5)), rs.getLong(6), Tx.fromDb(rs.getObject(7)), rs.getString(8),
                    args(rs.getString(9)), rs.getString(10), Tx.fromDb(rs.getObject(11)));
        }
    }

    public void enrolled(Tx tx, UUID deviceId, String token, String siteCode, String serverUrl) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE sync_state SET device_id = ?, token = ?, site_code = ?, server_url = ?,"
                + " enrolled_at = ?, last_error_key = NULL, last_error_args = NULL, last_error_detail = NULL, last_error_at = NULL")) {
            ps.setObject(1, deviceId);
            ps.setString(2, token);
            ps.setString(3, siteCode);
            ps.setString(4, serverUrl);
            ps.setObject(5, Tx.toDb(tx.now()));
            ps.executeUpdate();
        }
    }

    public void setServerUrl(Tx tx, String serverUrl) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE sync_state SET server_url = ?")) {
            ps.setString(1, serverUrl);
            ps.executeUpdate();
        }
    }

    public void setPullCursor(Tx tx, long cursor) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE sync_state SET pull_cursor = ?")) {
            ps.setLong(1, cursor);
            ps.executeUpdate();
        }
    }

    public void succeeded(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE sync_state SET last_success_at = ?, last_error_key = NULL,"
                + " last_error_args = NULL, last_error_detail = NULL, last_error_at = NULL")) {
            ps.setObject(1, Tx.toDb(tx.now()));
            ps.executeUpdate();
        }
    }

    public void failed(Tx tx, String errorKey, List<String> args, String detail) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE sync_state SET last_error_key = ?, last_error_args = ?, last_error_detail = ?,"
                + " last_error_at = ?")) {
            ps.setString(1, errorKey);
            ps.setString(2, args == null || args.isEmpty() ? null : StoreJson.write(args));
            ps.setString(3, detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000));
            ps.setObject(4, Tx.toDb(tx.now()));
            ps.executeUpdate();
        }
    }

    /** The number of the audit chain head the server last accepted, or null when none was. */
    public Long auditAckedChainNo(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT audit_acked_chain_no FROM sync_state"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            return rs.wasNull() ? null : n;
        }
    }

    /** When the server last found this workstation's audit history rewritten, or null. */
    public Instant auditMismatchAt(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT audit_mismatch_at FROM sync_state"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Tx.fromDb(rs.getObject(1));
        }
    }

    /** The server took the head {@code chainNo}; {@code mismatch}: only after raising an alarm that it does not extend the last. */
    public void auditHeadAnswered(Tx tx, long chainNo, boolean mismatch) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE sync_state SET audit_acked_chain_no = ?"
                + (mismatch ? ", audit_mismatch_at = ?" : ""))) {
            ps.setLong(1, chainNo);
            if (mismatch) {
                ps.setObject(2, Tx.toDb(tx.now()));
            }
            ps.executeUpdate();
        }
    }

    private static List<String> args(String json) {
        if (json == null) {
            return List.of();
        }
        return List.of(StoreJson.read(json, String[].class));
    }
}
