package cn.screening.workstation.store;

import cn.screening.workstation.h2.EncryptedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's encrypted H2 file. Writes are serialised on one lock (H2 would otherwise make
 * concurrent writers wait on row locks and time out); reads run beside them.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "workstation";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String MIGRATIONS = "classpath:cn/screening/workstation/db/migration";

    private final JdbcConnectionPool pool;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Path folder;
    private volatile boolean closed;
    private volatile StoreException broken;
    private final AuditLinks auditLinks;

    private Database(JdbcConnectionPool pool, Clock clock, Path folder, AuditLinks auditLinks) {
        this.pool = pool;
        this.clock = clock;
        this.folder = folder;
        this.auditLinks = auditLinks;
    }

    /** Whether the folder already holds a store file (set up, or set-up interrupted). */
    public static boolean exists(Path folder) {
        return Files.exists(folder.resolve(FILE_NAME + ".mv.db"));
    }

    /**
     * Opens (or creates) the store in {@code folder} with the data key, and brings its schema up
     * to date. Failures are classified so the user reads "locked" or "damaged", not a stack trace.
     */
    public static Database open(Path folder, DataKey key, StoreOptions options, Clock clock) {
        JdbcConnectionPool pool = connect(folder, key, options);
        AuditLinks auditLinks = new AuditLinks(key.auditSecret());
        migrate(pool, auditLinks);
        OwnerOnly.tree(folder); // H2 made its files with the process's umask
        return new Database(pool, clock, folder, auditLinks);
    }

    /**
     * Makes the store in {@code folder} (which must hold none) from a script of {@link #readSnapshot}'s
     * SCRIPT, under the same data key, and brings its schema up to date (a backup of an older release).
     */
    public static Database restore(Path folder, DataKey key, StoreOptions options, Clock clock, java.io.Reader script) {
        if (exists(folder)) {
            throw new IllegalStateException("a store is already in " + folder);
        }
        JdbcConnectionPool pool = connect(folder, key, options);
        try (Connection c = pool.getConnection()) {
            // one commit at the end: with WRITE_DELAY=0 a commit per statement writes the file each time (10,000 cases: 58 s, not 37 s)
            c.setAutoCommit(false);
            org.h2.tools.RunScript.execute(c, script);
            c.commit();
        } catch (SQLException e) {
            pool.dispose();
            throw StoreFailures.translate(e, false);
        }
        AuditLinks auditLinks = new AuditLinks(key.auditSecret());
        migrate(pool, auditLinks);
        OwnerOnly.tree(folder);
        return new Database(pool, clock, folder, auditLinks);
    }

    private static void migrate(JdbcConnectionPool pool, AuditLinks auditLinks) {
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS)
                    .javaMigrations(new AuditChainMigration(auditLinks)).load().migrate();
        } catch (RuntimeException e) {
            // a read-only folder or a full disk shows first here, when the schema is brought up to date
            StoreException failure = StoreFailures.translate(e, false);
            if (!StoreFailures.fileFailed(e)) {
                pool.dispose();
            }
            throw failure;
        }
    }

    private static JdbcConnectionPool connect(Path folder, DataKey key, StoreOptions options) {
        Path file = folder.resolve(FILE_NAME).toAbsolutePath();
        OwnerOnly.folder(folder);
        removeStaleTrace(folder);
        // no trace file: H2 would write failing SQL, values and all, in plain text beside the encrypted store
        String url = EncryptedFiles.url(file, ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;CACHE_SIZE=" + options.cacheSizeKb()
                + (options.autoServer() ? ";AUTO_SERVER=TRUE" : ""));
        HexFormat hex = HexFormat.of();
        // the file key stays in this process (EncryptedFiles); H2 gets only the SQL user's password, both from the data key
        EncryptedFiles.unlock(file, hex.formatHex(key.fileSecret()));
        try {
            if (!EncryptedFiles.secretFits(file)) {
                throw new StoreException(StoreException.Kind.WRONG_KEY, "the data key does not open the store file", null);
            }
        } catch (IOException e) {
            throw StoreFailures.translate(e, true);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "workstation", hex.formatHex(key.userSecret()));
        pool.setMaxConnections(options.maxConnections());
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw StoreFailures.translate(e, true);
        }
        return pool;
    }

    /** An earlier release let H2 write workstation.trace.db: plain text that can quote rows. */
    private static void removeStaleTrace(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE_NAME + ".trace.db"));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, "cannot remove the old trace file: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Runs {@code work} in one transaction: all of it commits, or none of it. When the file itself fails
     * (disk full, read-only, damaged) H2 has dropped the open transaction and closed the file; the store then
     * answers every later call with the same failure at once instead of touching H2 again.
     */
    public <T> T write(Actor actor, SqlWork<T> work) {
        writeLock.lock();
        try {
            failIfBroken();
            Connection c = connection();
            try {
                c.setAutoCommit(false);
                T result = work.run(new Tx(c, actor, now(), auditLinks));
                c.commit();
                c.close();
                return result;
            } catch (SQLException | RuntimeException e) {
                if (StoreFailures.fileFailed(e)) {
                    throw broke(e);
                }
                try (c) {
                    c.rollback();
                }
                if (e instanceof SQLException sql) {
                    throw translate(sql);
                }
                throw (RuntimeException) e;
            }
        } catch (SQLException e) {
            throw StoreFailures.fileFailed(e) ? broke(e) : translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs read-only work on its own connection. */
    public <T> T read(SqlWork<T> work) {
        failIfBroken();
        Connection c = connection();
        try {
            c.setReadOnly(true);
            T result = work.run(new Tx(c, Actor.SYSTEM, now(), auditLinks));
            c.close();
            return result;
        } catch (SQLException | RuntimeException e) {
            if (StoreFailures.fileFailed(e)) {
                throw broke(e);
            }
            try {
                c.close();
            } catch (SQLException ignored) {
                // the failure being thrown is the one to report
            }
            if (e instanceof SQLException sql) {
                throw translate(sql);
            }
            throw (RuntimeException) e;
        }
    }

    private Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw StoreFailures.fileFailed(e) ? broke(e) : translate(e);
        }
    }

    /** Whether the store's file failed under it; a failed store only answers with that failure until reopened. */
    public boolean broken() {
        return broken != null;
    }

    private void failIfBroken() {
        StoreException b = broken;
        if (b != null) {
            throw new StoreException(b.kind(), "the store failed earlier: " + b.getMessage(), b);
        }
    }

    private StoreException broke(Throwable e) {
        StoreException failure = StoreFailures.translate(e, false, folder);
        if (broken == null) {
            broken = failure;
            LOG.info("store file failed, no further statements until reopened: {}", failure.logLine());
        }
        return failure;
    }

    /**
     * Runs read-only work in one transaction that sees the whole store as it was when the work began,
     * while writers go on beside it (a backup's consistent copy of a store in use).
     */
    public <T> T readSnapshot(SqlWork<T> work) {
        failIfBroken();
        try (Connection c = pool.getConnection()) {
            try (var st = c.createStatement()) {
                st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            c.setAutoCommit(false);
            try {
                return work.run(new Tx(c, Actor.SYSTEM, now(), auditLinks));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                try (var st = c.createStatement()) {
                    st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
                }
            }
        } catch (SQLException e) {
            throw StoreFailures.fileFailed(e) ? broke(e) : translate(e);
        }
    }

    /** The clock to the microsecond, as the timestamp columns keep it: what a write answers equals what a read finds. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static StoreException translate(SQLException e) {
        return StoreFailures.translate(e, false);
    }

    private long currentFileSize() {
        return fileSize(folder);
    }

    /** The size of the store file on disk, in bytes. */
    public long fileSize() {
        return fileSize(folder);
    }

    /** The size of the store file in {@code folder}, in bytes (0 when there is none). */
    public static long fileSize(Path folder) {
        try {
            Path file = folder.resolve(FILE_NAME + ".mv.db");
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.OTHER, e.getMessage(), e);
        }
    }

    /**
     * Rewrites the file to its live size and closes the store; H2 files grow until compacted
     * (loading a million cases leaves a file several times its live size).
     */
    public void compact() {
        writeLock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("store closed");
            }
            failIfBroken();
            try (Connection c = pool.getConnection(); var st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                throw translate(e);
            } finally {
                closed = true;
                pool.dispose();
            }
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            if (broken != null) {
                // H2 closed the file when it failed; closing its connections would roll back on it and spin forever
                closed = true;
                return;
            }
            try (Connection c = pool.getConnection(); var st = c.createStatement()) {
                // H2's own close compacts briefly (MAX_COMPACT_TIME) and then writes a clean header
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already shut down: nothing to do
            } finally {
                closed = true;
                pool.dispose();
            }
        } finally {
            writeLock.unlock();
        }
    }
}
