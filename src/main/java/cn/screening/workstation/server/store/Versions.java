package cn.screening.workstation.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The server-wide version sequence. A transaction that takes versions first locks the one row of
 * version_lock, in this process and in any other (admin commands), so versions become visible in
 * the order they were taken and a pull cursor never skips one.
 */
public final class Versions {

    /** H2's own default; the release before this one set 10,000 (see {@link #cacheOnH2}). */
    static final int H2_CACHE = 32;

    private Versions() {
    }

    public static void lock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM version_lock WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("version_lock row missing");
            }
        }
    }

    public static long next(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('record_version')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * {@code n} versions taken with one statement, in ascending order: a pushed batch takes its
     * versions as a block instead of a statement per record. Taken under {@link #lock}, like
     * {@link #next}, so a block is visible only after the blocks taken before it; the numbers a batch
     * does not use are left unused (a pull cursor steps over gaps).
     */
    public static long[] block(Connection c, int n) throws SQLException {
        if (n <= 0) {
            return new long[0];
        }
        String rows = isH2(c) ? "SYSTEM_RANGE(1, ?)" : "generate_series(1, ?)";
        long[] out = new long[n];
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('record_version') FROM " + rows)) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    out[i++] = rs.getLong(1);
                }
                if (i != n) {
                    throw new SQLException("took " + i + " versions, expected " + n);
                }
            }
        }
        java.util.Arrays.sort(out);
        return out;
    }

    static boolean isH2(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName());
    }

    /**
     * Sets the sequence's cache on H2 back to H2's default of 32. A cache of 10,000 (the release before)
     * made the counter's writes rare, but with chunk rewriting running between pushes a killed server
     * handed out an acknowledged version again after restart (ServerKillTest, decision 0011): the
     * sequence's saved counter and the records did not survive the kill together. Not for PostgreSQL,
     * whose cache is per connection and would hand out versions out of commit order.
     */
    public static void cacheOnH2(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("ALTER SEQUENCE record_version CACHE " + H2_CACHE)) {
            ps.execute();
        }
    }

    /**
     * Moves the sequence past every version in use, should it ever be behind: a database's cached
     * sequence values must never be handed out twice, whatever a crash left of its counter. Called
     * at open, holding the lock; costs one sequence value.
     */
    public static void ensureAhead(Connection c) throws SQLException {
        long latest = latest(c);
        if (next(c) <= latest) {
            try (PreparedStatement ps = c.prepareStatement("ALTER SEQUENCE record_version RESTART WITH " + (latest + 1))) {
                ps.execute();
            }
        }
    }

    /** The highest version in use, 0 when none. */
    public static long latest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM sync_record");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
