package cn.screening.workstation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Gap-free counters for human-readable numbers, advanced inside the writing transaction. */
public final class NumberSequence {

    public long next(Tx tx, String name) throws SQLException {
        try (PreparedStatement up = tx.prepare("UPDATE number_sequence SET last_value = last_value + 1 WHERE name = ?")) {
            up.setString(1, name);
            if (up.executeUpdate() == 0) {
                try (PreparedStatement ins = tx.prepare("INSERT INTO number_sequence (name, last_value) VALUES (?, 1)")) {
                    ins.setString(1, name);
                    ins.executeUpdate();
                }
                return 1;
            }
        }
        try (PreparedStatement q = tx.prepare("SELECT last_value FROM number_sequence WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
