package cn.screening.workstation.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Enrolment codes and enrolled devices. Codes and tokens are kept only as SHA-256. */
public final class DeviceRegistry {

    /** An enrolled device; {@code revokedAt} is null while it may sync. */
    public record Device(UUID id, String siteCode, String name, String clientVersion, Instant enrolledAt, Instant revokedAt) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A fresh device and the only copy of its token. */
    public record Enrolment(Device device, String token) {
    }

    /** Makes a one-time code for {@code siteCode}; returns the code (shown once, never stored). */
    public String issueCode(Connection c, String siteCode, Duration validity, Instant now) throws SQLException {
        String code = Secrets.enrolCode();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO enrol_code (code_hash, site_code, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?)")) {
            ps.setString(1, Secrets.sha256(Secrets.normaliseCode(code)));
            ps.setString(2, siteCode);
            Sql.setInstant(ps, 3, now);
            Sql.setInstant(ps, 4, now.plus(validity));
            ps.executeUpdate();
        }
        return code;
    }

    /** Takes the code (once: the update only matches an unused, unexpired code) and enrols a device with a new token. */
    public Optional<Enrolment> enrol(Connection c, String code, String name, String clientVersion, Instant now) throws SQLException {
        String hash = Secrets.sha256(Secrets.normaliseCode(code));
        String siteCode;
        try (PreparedStatement ps = c.prepareStatement("SELECT site_code FROM enrol_code WHERE code_hash = ? AND used_at IS NULL"
                + " AND expires_at > ?")) {
            ps.setString(1, hash);
            Sql.setInstant(ps, 2, now);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                siteCode = rs.getString(1);
            }
        }
        UUID deviceId = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("UPDATE enrol_code SET used_at = ?, device_id = ? WHERE code_hash = ?"
                + " AND used_at IS NULL")) {
            Sql.setInstant(ps, 1, now);
            ps.setObject(2, deviceId);
            ps.setString(3, hash);
            if (ps.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        String token = Secrets.token();
        Device device = new Device(deviceId, siteCode, clip(name, 200), clip(clientVersion, 64), now, null);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO device (id, site_code, name, client_version, token_hash, enrolled_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, deviceId);
            ps.setString(2, siteCode);
            ps.setString(3, device.name());
            ps.setString(4, device.clientVersion());
            ps.setString(5, Secrets.sha256(token));
            Sql.setInstant(ps, 6, now);
            ps.executeUpdate();
        }
        return Optional.of(new Enrolment(device, token));
    }

    public Optional<Device> byToken(Connection c, String token) throws SQLException {
        return one(c, "SELECT * FROM device WHERE token_hash = ?", Secrets.sha256(token));
    }

    public Optional<Device> byId(Connection c, UUID id) throws SQLException {
        return one(c, "SELECT * FROM device WHERE id = ?", id);
    }

    /** Revokes the device's token; false when there is no such device. */
    public boolean revoke(Connection c, UUID id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE device SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?")) {
            Sql.setInstant(ps, 1, now);
            ps.setObject(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    public List<Device> all(Connection c) throws SQLException {
        List<Device> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM device ORDER BY site_code, enrolled_at");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    /** Devices that may still sync. */
    public long countActive(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM device WHERE revoked_at IS NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Optional<Device> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static Device map(ResultSet rs) throws SQLException {
        return new Device(rs.getObject("id", UUID.class), rs.getString("site_code"), rs.getString("name"),
                rs.getString("client_version"), Sql.instant(rs, "enrolled_at"), Sql.instant(rs, "revoked_at"));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
