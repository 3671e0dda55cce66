package cn.screening.workstation.bench;

import cn.screening.workstation.server.store.StoreTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Where a benchmark's server keeps its data: an H2 folder of its own, or a fresh schema in a
 * PostgreSQL database (so a run never meets an earlier one's rows), dropped when the run ends.
 */
public record BenchStore(String pgUrl, String pgUser, String pgPassword) {

    public static final BenchStore H2 = new BenchStore(null, null, null);

    public static BenchStore postgres(String url, String user, String password) {
        StoreTarget.postgres(url, user, password); // refuses what is not a PostgreSQL JDBC URL
        return new BenchStore(url, user, password);
    }

    public boolean isPostgres() {
        return pgUrl != null;
    }

    /** A store for one run; {@code h2Folder} holds it when it is H2. */
    Opened open(Path h2Folder) {
        if (!isPostgres()) {
            return new Opened(StoreTarget.h2(h2Folder), null);
        }
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        String scoped = pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Opened(StoreTarget.postgres(scoped, pgUser, pgPassword), schema);
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(pgUrl, pgUser, pgPassword); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused " + sql + ": " + e.getMessage(), e);
        }
    }

    /** A run's store; closing drops its PostgreSQL schema. */
    final class Opened implements AutoCloseable {
        private final StoreTarget target;
        private final String schema;

        Opened(StoreTarget target, String schema) {
            this.target = target;
            this.schema = schema;
        }

        StoreTarget target() {
            return target;
        }

        @Override
        public void close() {
            if (schema != null) {
                execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
