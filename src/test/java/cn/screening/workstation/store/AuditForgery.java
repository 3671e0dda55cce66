package cn.screening.workstation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * What an attacker holding the data key would do: change an old audit line and recompute every link
 * after it, so the local chain verifies again. Only the server's copy of the head can tell.
 */
public final class AuditForgery {

    private AuditForgery() {
    }

    public static void rewrite(Database db, long chainNo, String detail) {
        db.write(Actor.SYSTEM, tx -> {
            try (PreparedStatement ps = tx.prepare("UPDATE audit_log SET detail = ? WHERE chain_no = ?")) {
                ps.setString(1, detail);
                ps.setLong(2, chainNo);
                ps.executeUpdate();
            }
            String prev = new AuditLog().hashAt(tx, chainNo - 1);
            List<Object[]> relinked = new ArrayList<>();
            try (PreparedStatement ps = tx.prepare("SELECT chain_no, at, username, site_code, action, entity_type, entity_id, detail"
                    + " FROM audit_log WHERE chain_no >= ? ORDER BY chain_no")) {
                ps.setLong(1, chainNo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String hash = tx.auditLinks().link(prev, rs.getLong(1), Tx.fromDb(rs.getObject(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                        relinked.add(new Object[] {rs.getLong(1), prev, hash});
                        prev = hash;
                    }
                }
            }
            for (Object[] r : relinked) {
                try (PreparedStatement ps = tx.prepare("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE chain_no = ?")) {
                    ps.setString(1, (String) r[1]);
                    ps.setString(2, (String) r[2]);
                    ps.setLong(3, (Long) r[0]);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = tx.prepare("UPDATE audit_chain_head SET hash = ?")) {
                ps.setString(1, prev);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
