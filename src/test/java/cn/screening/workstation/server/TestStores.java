package cn.screening.workstation.server;

import cn.screening.workstation.server.store.StoreTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * A fresh, empty store for one test's server, chosen by the system property
     * {@code screening.test.store} ({@code h2}, the default: in {@code dir}; or {@code postgres}: a
     * schema of its own). Close it after the server.
     */
    public static TestStore fresh(Path dir) {
        String store = System.getProperty("screening.test.store", "h2").strip().toLowerCase(Locale.ROOT);
        return switch (store) {
            case "h2" -> new TestStore(StoreTarget.h2(dir), dir, null);
            case "postgres" -> {
                if (!postgresAvailable()) {
                    throw new IllegalStateException("screening.test.store=postgres but " + PG_URL + " is not set");
                }
                PgSchema pg = postgres();
                yield new TestStore(pg.target(), null, pg.name());
            }
            default -> throw new IllegalStateException("screening.test.store must be h2 or postgres, not " + store);
        };
    }

    /** A test's store: an H2 folder, or a PostgreSQL schema that closing drops. */
    public record TestStore(StoreTarget target, Path h2Folder, String pgSchema) implements AutoCloseable {

        public boolean isPostgres() {
            return pgSchema != null;
        }

        /** The options that point a `server` command at this store, as an operator would write them. */
        public List<String> serverOptions() {
            if (!isPostgres()) {
                return List.of("--data", h2Folder.toString());
            }
            List<String> options = new ArrayList<>(List.of("--db-url", target.url()));
            if (target.user() != null) {
                options.addAll(List.of("--db-user", target.user()));
            }
            if (target.password() != null) {
                options.addAll(List.of("--db-password-env", PG_PASSWORD));
            }
            return options;
        }

        /** The environment those options read the password from. */
        public Map<String, String> serverEnvironment() {
            return isPostgres() && target.password() != null ? Map.of(PG_PASSWORD, target.password()) : Map.of();
        }

        @Override
        public void close() {
            if (isPostgres()) {
                exec(System.getenv(PG_URL), "DROP SCHEMA " + pgSchema + " CASCADE");
            }
        }
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
