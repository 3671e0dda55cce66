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
        // H2's own store object: compactFile is what SHUTDOWN COMPACT runs, here with the store open;
        // it leaves the retention time at 0 until the store is closed (decision 0011)
        var session = (org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
        session.getDatabase().getStore().compactFile(budgetMillis);
    }
}
