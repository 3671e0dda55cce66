package cn.screening.workstation.store;

import cn.screening.workstation.store.AuditChainVerdict.Break;
import cn.screening.workstation.store.AuditChainVerdict.BrokenLink;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One pass over the audit chain in chain order, recomputing each link; it stops at the first that fails. */
final class AuditChainWalk {

    private final AuditLinks links;

    AuditChainWalk(AuditLinks links) {
        this.links = links;
    }

    AuditChainVerdict walk(Tx tx, AuditHead head) throws SQLException {
        long expected = 1;
        String prev = AuditLinks.GENESIS;
        Instant lastAt = null;
        // in the unique index's order, so H2 streams the lines instead of sorting them all (a spill to disk at 100,000)
        try (PreparedStatement ps = tx.prepare("SELECT chain_no, at, username, site_code, action, entity_type, entity_id, detail,"
                + " prev_hash, hash FROM audit_log WHERE chain_no IS NOT NULL ORDER BY chain_no")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long chainNo = rs.getLong(1);
                    Instant at = Tx.fromDb(rs.getObject(2));
                    Break kind = null;
                    if (chainNo != expected) {
                        kind = Break.MISSING;
                    } else if (!prev.equals(rs.getString(9))) {
                        kind = Break.LINK;
                    } else if (!links.link(prev, chainNo, at, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8)).equals(rs.getString(10))) {
                        kind = Break.CONTENT;
                    }
                    if (kind != null) {
                        return new AuditChainVerdict(expected - 1, new BrokenLink(expected, at, kind));
                    }
                    prev = rs.getString(10);
                    lastAt = at;
                    expected++;
                }
            }
        }
        long lines = expected - 1;
        // a line written around the chain (no number) breaks it after the last chained one
        try (PreparedStatement ps = tx.prepare("SELECT at FROM audit_log WHERE chain_no IS NULL ORDER BY seq LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return new AuditChainVerdict(lines, new BrokenLink(expected, Tx.fromDb(rs.getObject(1)), Break.UNCHAINED));
            }
        }
        if (head.chainNo() != lines || !head.hash().equals(prev)) {
            return new AuditChainVerdict(lines, new BrokenLink(lines + 1, lastAt, Break.TRUNCATED));
        }
        return new AuditChainVerdict(lines, null);
    }
}
