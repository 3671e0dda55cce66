package cn.screening.workstation.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store as a SQL script (H2's SCRIPT) streamed into a stream the caller seals, with the row
 * count of every table taken in the same snapshot: what a backup holds, and what its restore is
 * checked against. The script never touches the disk in the clear.
 */
public final class StoreCopy {

    private StoreCopy() {
    }

    /**
     * Writes the script of the store as it is now to {@code out} (UTF-8 lines) and answers the row
     * count of each table in the same snapshot; writers are not held up.
     */
    public static Map<String, Long> script(Database db, OutputStream out) {
        return db.readSnapshot(tx -> {
            Map<String, Long> counts = rowCounts(tx);
            try (Statement st = tx.connection().createStatement(); ResultSet rs = st.executeQuery("SCRIPT")) {
                while (rs.next()) {
                    out.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return counts;
        });
    }

    /** Every base table of the schema (INFORMATION_SCHEMA), in name order. */
    public static List<String> tables(Tx tx) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = tx.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The number of rows of every table, by name. */
    public static Map<String, Long> rowCounts(Tx tx) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables(tx)) {
            try (Statement st = tx.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + quoted(table))) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    /** A table name as SQL names it, exactly as spelled (some are lower case). */
    public static String quoted(String table) {
        return '"' + table.replace("\"", "\"\"") + '"';
    }
}
