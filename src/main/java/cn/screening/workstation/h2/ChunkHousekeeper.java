package cn.screening.workstation.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVStore;

/**
 * Keeps an H2 file's chunks filled while it is written, on a thread of its own, as H2's own
 * background thread would if {@code WRITE_DELAY=0} had not stopped it (decision 0011). After each
 * commit the thread rewrites the live pages of the sparsest chunks, a bounded amount at a time, so
 * the emptied chunks are freed and their space reused instead of the file growing at its end.
 *
 * <p>Each round holds the owner's write lock. H2 skips a commit's own store when another thread
 * stored a version meanwhile (it takes that store to have covered the commit), so a rewrite
 * running beside a commit can leave the commit in memory only, and a process killed then loses
 * a save it reported (the server's kill test found one). Rounds are small, so a save waits little.
 */
public final class ChunkHousekeeper implements AutoCloseable {

    /** Chunks are rewritten while their average fill is below this, in percent (measured in docs/performance.md). */
    public static final int TARGET_FILL_PERCENT = 60;
    /** At most this much is rewritten per round, so a save that arrives during one waits little. */
    public static final int REWRITE_BYTES_PER_ROUND = 4 << 20;

    private final MVStore store;
    private final Lock writes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private final Thread thread;
    private boolean pending;
    private boolean stopped;

    private ChunkHousekeeper(MVStore store, Lock writes, String name) {
        this.store = store;
        this.writes = writes;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /**
     * Starts one for the store behind {@code c} (any connection of it), whose commits all run under
     * {@code writes}; null when this process reaches the file through another's server, which keeps
     * the file itself.
     */
    public static ChunkHousekeeper start(Connection c, Lock writes, String name) throws SQLException {
        MVStore store = H2Compaction.mvStore(c);
        if (store == null) {
            return null;
        }
        ChunkHousekeeper keeper = new ChunkHousekeeper(store, writes, name);
        keeper.thread.start();
        return keeper;
    }

    /** A commit has written to the file: look at its chunks again soon. */
    public void committed() {
        lock.lock();
        try {
            pending = true;
            written.signal();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (awaitWork()) {
            writes.lock();
            try {
                // one bounded round per wake-up; a round that found work looks again at once
                if (!store.isClosed() && store.compact(TARGET_FILL_PERCENT, REWRITE_BYTES_PER_ROUND)) {
                    committed();
                }
            } catch (RuntimeException e) {
                // the store closed under the round (shutdown) or could not rewrite now: the next commit tries again
                if (store.isClosed()) {
                    return;
                }
            } finally {
                writes.unlock();
            }
        }
    }

    private boolean awaitWork() {
        lock.lock();
        try {
            while (!pending && !stopped) {
                written.awaitUninterruptibly();
            }
            pending = false;
            return !stopped;
        } finally {
            lock.unlock();
        }
    }

    /** Stops after the round in progress; call before the store shuts down. */
    @Override
    public void close() {
        lock.lock();
        try {
            stopped = true;
            written.signal();
        } finally {
            lock.unlock();
        }
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
