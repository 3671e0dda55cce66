package cn.screening.workstation.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Compaction of an H2 file opened with WRITE_DELAY=0, which stops H2's background thread and with
 * it the compaction that thread did (decisions 0004, 0012). Used by the workstation's store and the server's.
 */
public final class H2Compaction {

    /** Environment variable: megabytes a file may grow past twice its compacted size before it is compacted (default 16). */
    public static final String SLACK_VARIABLE = "SCREENING_H2_COMPACT_SLACK_MB";
    private static final long DEFAULT_SLACK_MB = 16;
    /** Chunks less full than this are rewritten, as H2's own housekeeping does. */
    private static final int REWRITE_BELOW_FILL_PERCENT = 80;
    private static final int REWRITE_BYTES = 16 << 20;
    private static final long MOVE_BYTES = 16L << 20;

    private H2Compaction() {
    }

    /**
     * Rewrites chunks whose pages are mostly dead and moves chunks from the end of the file into the
     * space that frees, then cuts the end off, with the store open and H2's retention time as it is:
     * what H2's own background thread does, which WRITE_DELAY=0 switches off. A freed chunk is reused
     * only once it is older than the retention time, so this holds the file near its live size over
     * minutes, not seconds. Not {@code MVStore.compactFile}: used while the store stays open, a kill
     * after it lost the commits just before it, with or without the retention time put back
     * (WorkstationKillTest, ServerKillTest, decision 0012). Call holding the store's write lock.
     */
    public static void compactOnline(Connection c) throws SQLException {
        MVStore store = mvStore(c);
        store.compact(REWRITE_BELOW_FILL_PERCENT, REWRITE_BYTES);
        if (store.getFileStore() instanceof RandomAccessStore file) {
            file.compactMoveChunks(REWRITE_BELOW_FILL_PERCENT, MOVE_BYTES, store);
        }
    }

    /**
     * Bytes of the file H2 still reads: the share of it in chunks, times the share of those chunks'
     * pages still live. What {@code SHUTDOWN COMPACT} would leave, roughly.
     */
    public static long liveBytes(Connection c, long fileSize) throws SQLException {
        var file = mvStore(c).getFileStore();
        return fileSize * file.getFillRate() / 100 * file.getChunksFillRate() / 100;
    }

    static long slackBytes() {
        String mb = System.getenv(SLACK_VARIABLE);
        try {
            return (mb == null || mb.isBlank() ? DEFAULT_SLACK_MB : Math.max(0, Long.parseLong(mb.strip()))) << 20;
        } catch (NumberFormatException e) {
            return DEFAULT_SLACK_MB << 20;
        }
    }

    private static MVStore mvStore(Connection c) throws SQLException {
        // H2's own store object, reached through the session: not a public API, pinned to H2 2.5.252
        var session = (org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }
}
