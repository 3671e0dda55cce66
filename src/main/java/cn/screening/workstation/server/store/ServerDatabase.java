package cn.screening.workstation.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's store on H2 or PostgreSQL: a connection pool, the schema brought up to date by
 * Flyway, and transactions. Writes in this process queue on one fair lock, so concurrent pushes
 * wait their turn here rather than on database row locks. A write has returned only once its
 * commit is durable (PostgreSQL's commit; H2 with WRITE_DELAY=0). An H2 file is not compacted while
 * the server runs: every way of doing so lost acknowledged pushes under SIGKILL (decision 0012); H2
 * compacts it briefly when the server closes it.
 */
public final class ServerDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);
    private static final String MIGRATIONS = "classpath:cn/screening/workstation/server/db";

    private final HikariDataSource pool;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private ServerDatabase(HikariDataSource pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
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
        ServerDatabase db = new ServerDatabase(pool, clock);
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

    private static boolean isAlreadyOpen(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
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
        writeLock.lock();
        try {
            // the last connection closed closes H2, which compacts briefly (MAX_COMPACT_TIME) and writes a clean header
            pool.close();
        } finally {
            writeLock.unlock();
        }
    }
}
