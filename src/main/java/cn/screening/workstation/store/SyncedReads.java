package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A synced table's look-ups: a record by id (tombstones too), live records by a condition, counts,
 * and reading a row. {@link SyncedTable} adds the writes.
 */
abstract class SyncedReads<T> {

    static final String META_COLUMNS = "version, updated_at, updated_by_site, deleted";

    final String table;
    final SyncedTable.Rows<T> rows;
    private final String select;

    SyncedReads(String table, SyncedTable.Rows<T> rows) {
        this.table = table;
        this.rows = rows;
        this.select = "SELECT id, " + String.join(", ", rows.readColumns()) + ", " + META_COLUMNS + " FROM " + table;
    }

    /** The record with this id, deleted or not. */
    public Optional<T> findById(Tx tx, UUID id) throws SQLException {
        List<T> found = query(tx, " WHERE id = ?", new Object[] {id});
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Live records matching a condition on the table's columns (e.g. {@code "to_site = ?"}), in the given order. */
    public List<T> where(Tx tx, String condition, String orderBy, Object... args) throws SQLException {
        return query(tx, live(condition) + " ORDER BY " + orderBy, args);
    }

    /** The first {@code limit} live records of {@link #where}. */
    public List<T> top(Tx tx, int limit, String condition, String orderBy, Object... args) throws SQLException {
        return query(tx, live(condition) + " ORDER BY " + orderBy + " LIMIT " + limit, args);
    }

    /** The first live record of {@link #where}, if any. */
    public Optional<T> first(Tx tx, String condition, String orderBy, Object... args) throws SQLException {
        List<T> found = top(tx, 1, condition, orderBy, args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** How many live records match a condition. */
    public long count(Tx tx, String condition, Object... args) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM " + table + live(condition))) {
            bindArgs(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Reads a row selected with {@link #selectColumns()} (for list queries a repository writes itself). */
    public T read(ResultSet rs) throws SQLException {
        SyncMeta meta = new SyncMeta(rs.getLong("version"), Tx.fromDb(rs.getObject("updated_at")), rs.getString("updated_by_site"),
                rs.getBoolean("deleted"));
        return rows.read(rs, meta);
    }

    /** The column list {@link #read} needs, for SQL a repository writes itself. */
    public String selectColumns() {
        return "id, " + String.join(", ", rows.readColumns()) + ", " + META_COLUMNS;
    }

    private static String live(String condition) {
        return " WHERE deleted = FALSE AND (" + condition + ")";
    }

    private List<T> query(Tx tx, String rest, Object[] args) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare(select + rest)) {
            bindArgs(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static void bindArgs(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, SyncedTable.db(args[i]));
        }
    }
}
