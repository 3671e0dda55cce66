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

/** Bearer tokens for the admin endpoints, kept as SHA-256; each expires, and may be revoked sooner. */
public final class AdminTokens {

    /** A token as listed: never its secret. */
    public record AdminToken(long id, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        public boolean validAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    /** A fresh token and the only copy of its secret. */
    public record Issued(AdminToken token, String secret) {
    }

    /** Makes a token lasting {@code ttl}; its secret is returned once and only its hash kept. */
    public Issued issue(Connection c, Instant now, Duration ttl) throws SQLException {
        String secret = Secrets.token();
        String hash = Secrets.sha256(secret);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO admin_token (token_hash, created_at, expires_at) VALUES (?, ?, ?)")) {
            ps.setString(1, hash);
            Sql.setInstant(ps, 2, now);
            Sql.setInstant(ps, 3, now.plus(ttl));
            ps.executeUpdate();
        }
        return new Issued(one(c, "SELECT * FROM admin_token WHERE token_hash = ?", hash).orElseThrow(), secret);
    }

    /** Known, not revoked, not yet expired. */
    public boolean isValid(Connection c, String secret, Instant now) throws SQLException {
        return one(c, "SELECT * FROM admin_token WHERE token_hash = ?", Secrets.sha256(secret)).map(t -> t.validAt(now)).orElse(false);
    }

    public List<AdminToken> all(Connection c) throws SQLException {
        List<AdminToken> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM admin_token ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    public Optional<AdminToken> byId(Connection c, long id) throws SQLException {
        return one(c, "SELECT * FROM admin_token WHERE id = ?", id);
    }

    /** Revokes the token (keeping the first revocation time); false when there is no such token. */
    public boolean revoke(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE admin_token SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?")) {
            Sql.setInstant(ps, 1, now);
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static Optional<AdminToken> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static AdminToken map(ResultSet rs) throws SQLException {
        return new AdminToken(rs.getLong("id"), Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"),
                Sql.instant(rs, "revoked_at"));
    }
}
