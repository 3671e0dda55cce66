package cn.screening.workstation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Inside the encrypted store, per name tag: how many failed logins the audit log holds, and a lock
 * set when the files outside disagreed. Only a right password reaches it, so no edit of the keyring
 * can move it back.
 */
final class LockoutMarks {

    record Mark(long settled, Instant lockedUntil) {
        static final Mark NONE = new Mark(0, null);
    }

    Mark find(Tx tx, String tag) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT settled, locked_until FROM login_failure_mark WHERE name_tag = ?")) {
            ps.setString(1, tag);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Mark(rs.getLong(1), Tx.fromDb(rs.getObject(2))) : Mark.NONE;
            }
        }
    }

    void put(Tx tx, String tag, Mark mark) throws SQLException {
        try (PreparedStatement ps = tx.prepare("MERGE INTO login_failure_mark (name_tag, settled, locked_until) KEY (name_tag) VALUES (?, ?, ?)")) {
            ps.setString(1, tag);
            ps.setLong(2, mark.settled());
            ps.setObject(3, mark.lockedUntil() == null ? null : Tx.toDb(mark.lockedUntil()));
            ps.executeUpdate();
        }
    }
}
