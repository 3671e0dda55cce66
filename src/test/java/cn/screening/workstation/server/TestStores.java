package cn.screening.workstation.server;

import cn.screening.workstation.server.store.StoreTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Stores for the server's tests: an H2 folder always; a PostgreSQL schema of its own per test when
 * SCREENING_TEST_PG_URL (with _USER and _PASSWORD) names a server. On CI the PostgreSQL run is
 * required: a missing URL there fails instead of skipping.
 */
public final class TestStores {

    static final String PG_URL = "SCREENING_TEST_PG_URL";
    static final String PG_USER = "SCREENING_TEST_PG_USER";
    static final String PG_PASSWORD = "SCREENING_TEST_PG_PASSWORD";

    private TestStores() {
    }

    public static StoreTarget h2(Path dir) {
        return StoreTarget.h2(dir);
    }

    /** Whether PostgreSQL tests can run; throws when CI demands them and they cannot. */
    public static boolean postgresAvailable() {
        boolean configured = System.getenv(PG_URL) != null && !System.getenv(PG_URL).isBlank();
        if (!configured && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + PG_URL + " is not set: the server's PostgreSQL tests must run on CI"
                    + " (.ci/run starts PostgreSQL and exports it)");
        }
        return configured;
    }

    /** A fresh schema on the test PostgreSQL server, and a target whose connections use it. */
    public static PgSchema postgres() {
        String url = System.getenv(PG_URL);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        exec(url, "CREATE SCHEMA " + schema);
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new PgSchema(schema, StoreTarget.postgres(scoped, System.getenv(PG_USER), System.getenv(PG_PASSWORD)));
    }

    /** A schema of its own for one test, dropped afterwards. */
    public record PgSchema(String name, StoreTarget target) implements AutoCloseable {
        @Override
        public void close() {
            exec(System.getenv(PG_URL), "DROP SCHEMA " + name + " CASCADE");
        }
    }

    private static void exec(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, System.getenv(PG_USER), System.getenv(PG_PASSWORD));
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }
}
