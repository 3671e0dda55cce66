package cn.screening.workstation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit log. Lines are written inside the caller's transaction, each chained to the
 * one before it (docs/decisions/0018-audit-chain.md): the append locks the chain's head row, so two
 * writers wait for each other and the chain never forks.
 */
public final class AuditLog {

    public void append(Tx tx, AuditAction action, String entityType, String entityId, String detail) throws SQLException {
        append(tx, tx.now(), action, entityType, entityId, detail);
    }

    public void append(Tx tx, Instant at, AuditAction action, String entityType, String entityId, String detail)
            throws SQLException {
        // the column keeps microseconds: the link is made over what a later read will find
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        String text = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        AuditHead head = head(tx, true);
        long chainNo = head.chainNo() + 1;
        String hash = tx.auditLinks().link(head.hash(), chainNo, stored, tx.actor().username(), tx.actor().siteCode(),
                action.name(), entityType, entityId, text);
        try (PreparedStatement ps = tx.prepare("INSERT INTO audit_log (at, username, site_code, action, entity_type, entity_id,"
                + " detail, chain_no, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, Tx.toDb(stored));
            ps.setString(2, tx.actor().username());
            ps.setString(3, tx.actor().siteCode());
            ps.setString(4, action.name());
            ps.setString(5, entityType);
            ps.setString(6, entityId);
            ps.setString(7, text);
            ps.setLong(8, chainNo);
            ps.setString(9, head.hash());
            ps.setString(10, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = tx.prepare("UPDATE audit_chain_head SET chain_no = ?, hash = ?")) {
            ps.setLong(1, chainNo);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
    }

    /** The newest link: its number and hash (number 0 and the genesis hash before the first line). */
    public AuditHead head(Tx tx) throws SQLException {
        return head(tx, false);
    }

    private static AuditHead head(Tx tx, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT chain_no, hash FROM audit_chain_head" + (forUpdate ? " FOR UPDATE" : ""));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new AuditHead(rs.getLong(1), rs.getString(2));
        }
    }

    /** The hash this workstation now holds at chain number {@code chainNo}, or null when it holds no such line. */
    public String hashAt(Tx tx, long chainNo) throws SQLException {
        if (chainNo == 0) {
            return AuditLinks.GENESIS;
        }
        try (PreparedStatement ps = tx.prepare("SELECT hash FROM audit_log WHERE chain_no = ?")) {
            ps.setLong(1, chainNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Walks the whole chain in order and stops at the first line that does not hold. */
    public AuditChainVerdict verify(Tx tx) throws SQLException {
        return new AuditChainWalk(tx.auditLinks()).walk(tx, head(tx));
    }

    /** The newest lines first. */
    public List<AuditEntry> latest(Tx tx, int limit) throws SQLException {
        return AuditQuery.ALL.run(tx, 0, limit);
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

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Tx.fromDb(rs.getObject(2)), rs.getString(3), rs.getString(4),
                AuditAction.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
