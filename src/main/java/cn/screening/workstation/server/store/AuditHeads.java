package cn.screening.workstation.server.store;

import cn.screening.workstation.protocol.AuditHeadAnswer;
import cn.screening.workstation.protocol.AuditHeadClaim;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Each workstation's audit chain head (docs/decisions/0018-audit-chain.md). A new head is taken when
 * the workstation vouches, for the number of the head kept here, the very link kept here; anything else
 * means its history was rewritten since, and raises an alarm for the administrators.
 */
public final class AuditHeads {

    /** An alarm as `server audit alarms` lists it. */
    public record Alarm(long id, UUID deviceId, String siteCode, Instant raisedAt, long knownChainNo, String knownHash,
                        String vouchedHash, long newChainNo) {
    }

    private record Head(long chainNo, String hash) {
    }

    /** Judges a claim and keeps its head; call inside the push's transaction, under its lock. */
    public AuditHeadAnswer judge(Connection c, UUID deviceId, String siteCode, AuditHeadClaim claim, Instant now) throws SQLException {
        Head known = head(c, deviceId);
        if (known == null) {
            keep(c, deviceId, claim, now, true);
            return new AuditHeadAnswer(AuditHeadAnswer.ACCEPTED, claim.chainNo());
        }
        if (known.chainNo() == claim.chainNo() && known.hash().equals(claim.hash())) {
            return new AuditHeadAnswer(AuditHeadAnswer.ACCEPTED, claim.chainNo());
        }
        if (claim.vouchedChainNo() == null || claim.vouchedChainNo() != known.chainNo()) {
            // the workstation does not know (or misremembers) which head this is: it is asked for that link
            return new AuditHeadAnswer(AuditHeadAnswer.VOUCH, known.chainNo());
        }
        boolean extends_ = known.hash().equals(claim.vouchedHash()) && claim.chainNo() >= known.chainNo();
        if (!extends_) {
            raise(c, deviceId, siteCode, known, claim, now);
        }
        keep(c, deviceId, claim, now, false);
        return new AuditHeadAnswer(extends_ ? AuditHeadAnswer.ACCEPTED : AuditHeadAnswer.MISMATCH, claim.chainNo());
    }

    /** The newest alarms first. */
    public List<Alarm> alarms(Connection c, int limit) throws SQLException {
        List<Alarm> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, device_id, site_code, raised_at, known_chain_no, known_hash,"
                + " vouched_hash, new_chain_no FROM audit_alarm ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Alarm(rs.getLong("id"), rs.getObject("device_id", UUID.class), rs.getString("site_code"),
                            Sql.instant(rs, "raised_at"), rs.getLong("known_chain_no"), rs.getString("known_hash"),
                            rs.getString("vouched_hash"), rs.getLong("new_chain_no")));
                }
            }
        }
        return out;
    }

    private static Head head(Connection c, UUID deviceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT chain_no, hash FROM audit_head WHERE device_id = ?")) {
            ps.setObject(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
            }
        }
    }

    private static void keep(Connection c, UUID deviceId, AuditHeadClaim claim, Instant now, boolean first) throws SQLException {
        String sql = first ? "INSERT INTO audit_head (chain_no, hash, updated_at, device_id) VALUES (?, ?, ?, ?)"
                : "UPDATE audit_head SET chain_no = ?, hash = ?, updated_at = ? WHERE device_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, claim.chainNo());
            ps.setString(2, claim.hash());
            Sql.setInstant(ps, 3, now);
            ps.setObject(4, deviceId);
            ps.executeUpdate();
        }
    }

    private static void raise(Connection c, UUID deviceId, String siteCode, Head known, AuditHeadClaim claim, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_alarm (device_id, site_code, raised_at, known_chain_no,"
                + " known_hash, vouched_hash, new_chain_no) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, deviceId);
            ps.setString(2, siteCode);
            Sql.setInstant(ps, 3, now);
            ps.setLong(4, known.chainNo());
            ps.setString(5, known.hash());
            ps.setString(6, claim.vouchedHash());
            ps.setLong(7, claim.chainNo());
            ps.executeUpdate();
        }
    }
}
