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
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The workstation's encrypted H2 file. Writes are serialised on one lock (H2 would otherwise make
 * concurrent writers wait on row locks and time out); reads run beside them.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "workstation";
    private static final String MIGRATIONS = "classpath:cn/screening/workstation/db/migration";

    private final JdbcConnectionPool pool;
    private final Clock clock;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final Path folder;
    private volatile boolean closed;

    private Database(JdbcConnectionPool pool, Clock clock, Path folder) {
        this.pool = pool;
        this.clock = clock;
        this.folder = folder;
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
        migrate(pool);
        return new Database(pool, clock, folder);
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
            throw classify(e);
        }
        migrate(pool);
        return new Database(pool, clock, folder);
    }

    private static void migrate(JdbcConnectionPool pool) {
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException(StoreException.Kind.OTHER, "schema migration failed: " + e.getMessage(), e);
        }
    }

    private static JdbcConnectionPool connect(Path folder, DataKey key, StoreOptions options) {
        Path file = folder.resolve(FILE_NAME).toAbsolutePath();
        String url = EncryptedFiles.url(file, ";WRITE_DELAY=0;CACHE_SIZE=" + options.cacheSizeKb()
                + (options.autoServer() ? ";AUTO_SERVER=TRUE" : ""));
        HexFormat hex = HexFormat.of();
        // the file key stays in this process (EncryptedFiles); H2 gets only the SQL user's password, both from the data key
        EncryptedFiles.unlock(file, hex.formatHex(key.fileSecret()));
        try {
            if (!EncryptedFiles.secretFits(file)) {
                throw new StoreException(StoreException.Kind.WRONG_KEY, "the data key does not open " + file, null);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "cannot read " + file + ": " + e.getMessage(), e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "workstation", hex.formatHex(key.userSecret()));
        pool.setMaxConnections(options.maxConnections());
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw classify(e);
        }
        return pool;
    }

    static StoreException classify(SQLException e) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.LOCK_TIMEOUT_1) {
            return new StoreException(StoreException.Kind.LOCKED, e.getMessage(), e);
        }
        if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new StoreException(StoreException.Kind.WRONG_KEY, e.getMessage(), e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.GENERAL_ERROR_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.IO_EXCEPTION_1) {
            return new StoreException(StoreException.Kind.CORRUPT, e.getMessage(), e);
        }
        return new StoreException(StoreException.Kind.OTHER, e.getMessage(), e);
    }

    public Path folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    /** Runs {@code work} in one transaction: all of it commits, or none of it. */
    public <T> T write(Actor actor, SqlWork<T> work) {
        writeLock.lock();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new Tx(c, actor, now()));
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs read-only work on its own connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setReadOnly(true);
            return work.run(new Tx(c, Actor.SYSTEM, now()));
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Runs read-only work in one transaction that sees the whole store as it was when the work began,
     * while writers go on beside it (a backup's consistent copy of a store in use).
     */
    public <T> T readSnapshot(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            try (var st = c.createStatement()) {
                st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
            c.setAutoCommit(false);
            try {
                return work.run(new Tx(c, Actor.SYSTEM, now()));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                try (var st = c.createStatement()) {
                    st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** The clock to the microsecond, as the timestamp columns keep it: what a write answers equals what a read finds. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static StoreException translate(SQLException e) {
        if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1 || e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1) {
            return new StoreException(StoreException.Kind.CONSTRAINT, e.getMessage(), e);
        }
        return classify(e);
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
