package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `bench backup` and `bench audit` run end to end on small stores; what they check is judged, timings are not. */
@Tag("slow")
class BenchBackupAuditCommandTest {

    @Test
    void benchBackupRestoresEveryRowItBackedUp() {
        Map<String, String> f = run("bench", "backup", "--cases", "300");
        assertThat(Long.parseLong(f.get("rows"))).as("patients, cases, outbox and more").isGreaterThan(600);
        assertThat(f.get("restored_rows")).isEqualTo(f.get("rows"));
        for (String key : new String[] {"backup_s", "backup_mb", "backup_heap_peak_mb", "restore_s", "restore_heap_peak_mb", "store_mb"}) {
            assertThat(Double.parseDouble(f.get(key))).as(key).isGreaterThan(0);
        }
    }

    @Test
    void benchAuditVerifiesEveryLineItAppended() {
        Map<String, String> f = run("bench", "audit", "--lines", "2500");
        assertThat(f.get("lines")).isEqualTo("2500");
        // the set-up and the login append their own lines before the bench's
        assertThat(Long.parseLong(f.get("verified_lines"))).isGreaterThanOrEqualTo(2500);
        assertThat(Long.parseLong(f.get("append_per_s"))).isPositive();
        assertThat(Long.parseLong(f.get("verify_per_s"))).isPositive();
    }

    private static Map<String, String> run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window");
        }, name -> null));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(args)).as(err.toString()).isZero();
        Map<String, String> figures = new LinkedHashMap<>();
        out.toString().lines().filter(l -> l.indexOf('=') > 0)
                .forEach(l -> figures.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        return figures;
    }
}
