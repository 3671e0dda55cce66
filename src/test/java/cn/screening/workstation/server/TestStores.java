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
 * The one place that decides which store a test's server runs on: the system property
 * {@code screening.test.store} is {@code h2} (default: a folder of the test's own) or {@code postgres}
 * (a schema of its own on the server SCREENING_TEST_PG_URL, _USER and _PASSWORD name, dropped
 * afterwards). `mvn verify` runs the server's tests once per store when the URL is set; on CI
 * (CI=true) it must be, so a server test without it fails instead of passing on H2 alone.
 */
public final class TestStores {

    public static final String PROPERTY = "screening.test.store";
    static final String PG_URL = "SCREENING_TEST_PG_URL";
    static final String PG_USER = "SCREENING_TEST_PG_USER";
    static final String PG_PASSWORD = "SCREENING_TEST_PG_PASSWORD";

    private TestStores() {
    }

    /** A fresh, empty store for one test's server; {@code dir} holds it when it is H2. Close it after the server. */
    public static TestStore fresh(Path dir) {
        String pgUrl = System.getenv(PG_URL);
        boolean pgSet = pgUrl != null && !pgUrl.isBlank();
        if (!pgSet && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + PG_URL + " is not set: the server's tests must also run on"
                    + " PostgreSQL on CI (.ci/run starts PostgreSQL and exports it)");
        }
        String store = System.getProperty(PROPERTY, "h2").strip().toLowerCase(Locale.ROOT);
        return switch (store) {
            case "h2" -> new TestStore(StoreTarget.h2(dir), dir, null);
            case "postgres" -> {
                if (!pgSet) {
                    throw new IllegalStateException(PROPERTY + "=postgres but " + PG_URL + " (and _USER, _PASSWORD) is not set");
                }
                yield postgresSchema(pgUrl);
            }
            default -> throw new IllegalStateException(PROPERTY + " must be h2 or postgres, not " + store);
        };
    }

    private static TestStore postgresSchema(String url) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        exec(url, "CREATE SCHEMA " + schema);
        String scoped = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestStore(StoreTarget.postgres(scoped, System.getenv(PG_USER), System.getenv(PG_PASSWORD)), null, schema);
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

    private static void exec(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, System.getenv(PG_USER), System.getenv(PG_PASSWORD));
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }
}
