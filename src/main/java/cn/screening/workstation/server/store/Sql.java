package cn.screening.workstation.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants in and out of TIMESTAMP WITH TIME ZONE, the same way on H2 and PostgreSQL; placeholders and batch counts. */
final class Sql {

    private Sql() {
    }

    static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        ps.setObject(i, t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** Fails unless every statement of a JDBC batch touched a row (a driver may say only "done", which counts). */
    static void requireEach(int[] counts, String what) throws SQLException {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 || counts[i] == java.sql.Statement.EXECUTE_FAILED) {
                throw new SQLException("statement " + i + " of a batch wrote no " + what);
            }
        }
    }
}
