package cn.screening.workstation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.cli.RootCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * `bench sync --records 500` runs the push, the second device's pull and the slow push, and prints every
 * figure as key=value (no timing asserted); with --db-url the same on PostgreSQL, leaving no schema behind.
 */
@Tag("slow")
class BenchSyncCommandTest {

    @Test
    void printsEveryFigure() {
        String out = bench("bench", "sync", "--records", "500");
        assertFigures(out);
    }

    @Test
    void runsOnPostgresInASchemaItDrops() throws SQLException {
        String url = System.getenv("SCREENING_TEST_PG_URL");
        boolean onCi = "true".equalsIgnoreCase(System.getenv("CI"));
        if (onCi) {
            assertThat(url).as("CI=true needs SCREENING_TEST_PG_URL").isNotBlank();
        }
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no PostgreSQL named (SCREENING_TEST_PG_URL)");
        String user = System.getenv("SCREENING_TEST_PG_USER");
        List<String> before = benchSchemas(url, user);
        String out = bench("bench", "sync", "--records", "500", "--db-url", url, "--db-user", user,
                "--db-password-env", "SCREENING_TEST_PG_PASSWORD");
        assertFigures(out);
        assertThat(benchSchemas(url, user)).isEqualTo(before);
    }

    private static String bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window");
        }, name -> null));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute(args)).as(err.toString()).isZero();
        return out.toString();
    }

    private static void assertFigures(String out) {
        assertThat(out.lines().map(l -> l.substring(0, l.indexOf('=')))).contains("records", "push_records_per_s", "push_cpu_seconds", "push_cpu_us_per_record",
                "wire_bytes_per_record", "wire_bytes_down_per_record", "pull_records", "pull_records_per_s",
                "pull_wire_bytes_down_per_record", "slowlink_records", "slowlink_ratio");
        assertThat(out).contains("records=500").contains("slowlink_records=500");
        // the second device receives every patient pushed (and the province's reference records)
        long pulled = out.lines().filter(l -> l.startsWith("pull_records=")).mapToLong(l -> Long.parseLong(l.substring(13))).sum();
        assertThat(pulled).isGreaterThanOrEqualTo(500);
        out.lines().forEach(l -> assertThat(l).matches("[a-z_0-9]+=[0-9.]+"));
    }

    private static List<String> benchSchemas(String url, String user) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, System.getenv("SCREENING_TEST_PG_PASSWORD"));
             ResultSet rs = c.createStatement().executeQuery("SELECT schema_name FROM information_schema.schemata"
                     + " WHERE schema_name LIKE 'bench\\_%' ORDER BY schema_name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
