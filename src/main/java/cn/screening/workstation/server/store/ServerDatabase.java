package cn.screening.workstation.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import cn.screening.workstation.h2.FileCompactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's store on H2 or PostgreSQL: a connection pool, the schema brought up to date by
 * Flyway, and transactions. Writes in this process queue on one fair lock, so concurrent pushes
 * wait their turn here rather than on database row locks. A write has returned only once its
 * commit is durable (PostgreSQL's commit; H2 with WRITE_DELAY=0), and on H2 the file is compacted,
 * bounded, when it has grown (decision 0004): on a thread of its own, so the push that crossed the
 * bound is answered first, but under the write lock, so no commit runs beside it (decision 0011).
 */
public final class ServerDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);
    private static final String MIGRATIONS = "classpath:cn/screening/workstation/server/db";

    private final HikariDataSource pool;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Path h2File;
    private final FileCompactor fileCompactor;
    private final AtomicBoolean compacting = new AtomicBoolean();
    private final ExecutorService compactor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "server-store-compaction");
        t.setDaemon(true);
        return t;
    });

    private ServerDatabase(HikariDataSource pool, Clock clock, Path h2Folder) {
        this.pool = pool;
        this.clock = clock;
        this.h2File = h2Folder == null ? null : h2Folder.resolve(StoreTarget.H2_FILE + ".mv.db");
        this.fileCompactor = new FileCompactor(fileSize());
    }

    public static ServerDatabase open(StoreTarget target, int maxConnections, Clock clock) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(target.url());
        cfg.setUsername(target.user());
        cfg.setPassword(target.password());
        cfg.setMaximumPoolSize(maxConnections);
        cfg.setMinimumIdle(1);
        cfg.setPoolName("server-store");
        cfg.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            if (isAlreadyOpen(e)) {
                throw new StoreInUse("the store " + target.describe() + " is in use by another process (a running server)", e);
            }
            throw new ServerStoreException("cannot open " + target.describe() + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new ServerStoreException("schema migration failed on " + target.describe() + ": " + rootMessage(e), e);
        }
        ServerDatabase db = new ServerDatabase(pool, clock, target.h2Folder().orElse(null));
        try {
            db.write(c -> {
                Versions.lock(c);
                if (target.isH2()) {
                    Versions.cacheOnH2(c);
                }
                Versions.ensureAhead(c);
                RecordStore.backfillIdentityKeys(c);
                return null;
            });
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        target.h2Folder().ifPresent(H2Folder::restrictFiles);
        LOG.info("server store open: {}", target.describe());
        return db;
    }

    public Clock clock() {
        return clock;
    }

    /** Runs {@code work} in one transaction: all of it commits, or none of it. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                if (h2File != null) {
                    fileCompactor.afterCommit(c, this::fileSize);
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ServerStoreException(e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs read-only work on its own connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new ServerStoreException(e.getMessage(), e);
        }
    }

    /**
     * The H2 file has grown past the compactor's mark: let it look, and compact if the file holds more
     * than twice its live data, on the compaction thread, holding the write lock.
     */
    private void compactIfBloated() {
        if (h2File == null || !fileCompactor.isDue(fileSize()) || !compacting.compareAndSet(false, true)) {
            return;
        }
        compactor.execute(() -> {
            // under the write lock: H2 may skip the store of a commit that runs beside a compaction (decision 0011)
            writeLock.lock();
            try (Connection c = pool.getConnection()) {
                long before = fileSize();
                if (fileCompactor.afterCommit(c, this::fileSize)) {
                    LOG.info("store file compacted: {} KB -> {} KB", before >> 10, fileSize() >> 10);
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("compaction failed; the file stays as it is", e);
            } finally {
                writeLock.unlock();
                compacting.set(false);
            }
        });
    }

    /** Online compactions of the H2 file since the store opened (0 on PostgreSQL). */
    public int compactions() {
        return fileCompactor.compactions();
    }

    private long fileSize() {
        try {
            return h2File != null && Files.exists(h2File) ? Files.size(h2File) : 0;
        } catch (IOException e) {
            throw new ServerStoreException("cannot read the size of " + h2File, e);
        }
    }

    private static boolean isAlreadyOpen(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    private void stopCompactor() {
        compactor.shutdown();
        try {
            if (!compactor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("compaction still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        stopCompactor(); // before the lock: a compaction waiting for it would otherwise hold up the close
        writeLock.lock();
        try {
            // the last connection closed closes H2, which compacts briefly (MAX_COMPACT_TIME) and writes a clean header
            pool.close();
        } finally {
            writeLock.unlock();
        }
    }
}
