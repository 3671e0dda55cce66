package cn.screening.workstation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the indexes the case and patient lists search once, on a thread of its own, right after
 * login. A store just opened has an empty page cache, and every page a first search touches is read
 * from the file and decrypted; walking each index (entries only, no rows: every condition below is
 * on the index's own columns) puts them in the cache before the user has typed a name.
 */
public final class ListIndexWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ListIndexWarmUp.class);
    private static final String NO_UUID = "00000000-0000-0000-0000-000000000000";

    /** One walk per index the list queries use; the patient and case keys serve the joins. */
    static final List<String> WALKS = List.of(
            "SELECT COUNT(*) FROM patient USE INDEX (ix_patient_name) WHERE name >= ''",
            "SELECT COUNT(*) FROM patient USE INDEX (ix_patient_id_number_id) WHERE id_number >= ''",
            "SELECT COUNT(*) FROM patient WHERE id >= CAST('" + NO_UUID + "' AS UUID)",
            "SELECT COUNT(*) FROM screening_case USE INDEX (ix_case_patient) WHERE patient_id >= CAST('" + NO_UUID + "' AS UUID)",
            "SELECT COUNT(*) FROM screening_case USE INDEX (ix_case_status_township) WHERE status >= ''",
            "SELECT COUNT(*) FROM screening_case USE INDEX (ix_case_registered) WHERE registered_at > TIMESTAMP WITH TIME ZONE"
                    + " '1900-01-01 00:00:00+00'");

    private final Database database;
    private final AtomicBoolean stopped = new AtomicBoolean();

    public ListIndexWarmUp(Database database) {
        this.database = database;
    }

    /** Starts the walk on a daemon thread; the future completes with how long it took (or exceptionally). */
    public CompletableFuture<Duration> start() {
        CompletableFuture<Duration> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                done.complete(run());
            } catch (RuntimeException e) {
                // a store closed under the walk (logout, exit): nothing is lost, the next search reads from the file
                LOG.debug("list index warm-up stopped: {}", e.getMessage());
                done.completeExceptionally(e);
            }
        }, "store-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return done;
    }

    /** Walks every index in turn, on this thread; stops between indexes once {@link #stop()} is called. */
    public Duration run() {
        long t0 = System.nanoTime();
        for (String sql : WALKS) {
            if (stopped.get()) {
                break;
            }
            long rows = database.read(tx -> walk(tx, sql));
            LOG.debug("warmed {} entries: {}", rows, sql);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** Asks a running walk to stop after the index it is reading. */
    public void stop() {
        stopped.set(true);
    }

    private static long walk(Tx tx, String sql) throws SQLException {
        try (PreparedStatement ps = tx.prepare(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
