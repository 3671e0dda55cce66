package cn.screening.workstation.h2;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Compaction of an H2 file opened with WRITE_DELAY=0, which stops H2's background thread and with
 * it the compaction that thread did (decision 0004). Used by the workstation's store and the server's.
 */
public final class H2Compaction {

    private H2Compaction() {
    }

    /** Rewrites sparsely used parts of the file for at most {@code budgetMillis}, with the store open. */
    public static void compactFile(Connection c, int budgetMillis) throws SQLException {
        // H2's own store object: compactFile is what SHUTDOWN COMPACT runs, here with the store open
        org.h2.mvstore.MVStore mv = store(c).getMvStore();
        int retention = mv.getRetentionTime();
        try {
            store(c).compactFile(budgetMillis);
        } finally {
            // compactFile leaves the retention time at 0 for the rest of the session: emptied chunks would be
            // overwritten at once, and a process killed while writing one could not fall back to the last good one
            mv.setRetentionTime(retention);
        }
    }

    /** H2's page store behind a connection, or null when the file is another process's (AUTO_SERVER). */
    static org.h2.mvstore.MVStore mvStore(Connection c) throws SQLException {
        var session = c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
        return session instanceof org.h2.engine.SessionLocal ? store(c).getMvStore() : null;
    }

    private static org.h2.mvstore.db.Store store(Connection c) throws SQLException {
        var session = (org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
        return session.getDatabase().getStore();
    }
}
