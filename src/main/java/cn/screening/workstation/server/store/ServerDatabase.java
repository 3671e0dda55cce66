package cn.screening.workstation.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's store on H2 or PostgreSQL: a connection pool, the schema brought up to date by
 * Flyway, and transactions. Writes in this process queue on one fair lock, so concurrent pushes
 * wait their turn here rather than on database row locks.
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
            throw new ServerStoreException("cannot open " + target.describe() + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new ServerStoreException("schema migration failed on " + target.describe() + ": " + rootMessage(e), e);
        }
        LOG.info("server store open: {}", target.describe());
        return new ServerDatabase(pool, clock);
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }
}
