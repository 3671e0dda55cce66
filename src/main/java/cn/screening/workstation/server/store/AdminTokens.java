package cn.screening.workstation.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Bearer tokens for the admin endpoints, kept as SHA-256. */
public final class AdminTokens {

    /** Makes a token and returns it; this is its only copy. */
    public String issue(Connection c, Instant now) throws SQLException {
        String token = Secrets.token();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO admin_token (token_hash, created_at) VALUES (?, ?)")) {
            ps.setString(1, Secrets.sha256(token));
            Sql.setInstant(ps, 2, now);
            ps.executeUpdate();
        }
        return token;
    }

    public boolean isValid(Connection c, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM admin_token WHERE token_hash = ? AND revoked_at IS NULL")) {
            ps.setString(1, Secrets.sha256(token));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
