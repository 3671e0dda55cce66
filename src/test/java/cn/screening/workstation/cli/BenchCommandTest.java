package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `bench cases` runs end to end on a small store and prints every figure; timings are not judged here. */
@Tag("slow")
class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void benchCasesPrintsEveryFigureAndCleansUp() throws Exception {
        Path data = dir.resolve("bench");
        Run run = run("bench", "cases", "--cases", "2000", "--data", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, String> figures = run.figures();
        for (String key : List.of("insert_per_s", "search_name_p95_ms", "search_id_p95_ms", "search_filter_p95_ms", "heap_mb",
                "cases", "file_mb", "file_mb_after_compact", "import_per_s", "cold_login_ms", "cold_search_name_ms",
                "cold_search_id_ms", "cold_search_filter_ms", "warm_up_s", "load_cpu_s", "load_cpu_us_per_case")) {
            assertThat(figures).containsKey(key);
            assertThat(Double.parseDouble(figures.get(key))).as(key).isGreaterThan(0);
        }
        assertThat(figures.get("cases")).isEqualTo("2000");
        // the import's rows are people the load did not make: every one is registered, none refused
        assertThat(figures.get("import_imported")).isEqualTo(figures.get("import_rows")).isEqualTo("2000");
        assertThat(Files.exists(data)).as("the bench's folder is deleted without --keep").isFalse();
    }

    @Test
    void benchRefusesAFolderThatHoldsAnything() throws Exception {
        Files.writeString(dir.resolve("something"), "x");
        Run run = run("bench", "cases", "--cases", "10", "--data", dir.toString());
        assertThat(run.exit()).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(run.err()).contains("empty folder");
        assertThat(dir.resolve("something")).exists();
    }

    @Test
    void measureStartupStartsTheWindowInAFreshJvmAndPrintsTheFirstFrameTime() {
        Run run = run("bench", "cases", "--measure-startup", "--runs", "1", "--data", dir.resolve("s").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^startup_ms=\\d+$").contains("startup_runs=1");
    }

    @Test
    void theBaselineIsABareWindowStartedTheSameWayAndTheRatioIsPrinted() {
        Run run = run("bench", "cases", "--measure-startup", "--baseline", "--runs", "1", "--data", dir.resolve("s").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^startup_ms=\\d+$").containsPattern("(?m)^baseline_ms=\\d+$")
                .containsPattern("(?m)^startup_ratio=\\d+\\.\\d\\d$");
    }

    @Test
    void benchBackupRestoresEveryRowItBackedUp() {
        Run run = run("bench", "backup", "--cases", "300");
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, String> f = run.figures();
        assertThat(Long.parseLong(f.get("rows"))).as("patients, cases, outbox and more").isGreaterThan(600);
        assertThat(f.get("restored_rows")).isEqualTo(f.get("rows"));
        for (String key : List.of("backup_s", "backup_mb", "backup_heap_peak_mb", "restore_s", "restore_heap_peak_mb", "store_mb")) {
            assertThat(Double.parseDouble(f.get(key))).as(key).isGreaterThan(0);
        }
    }

    @Test
    void benchAuditVerifiesEveryLineItAppended() {
        Run run = run("bench", "audit", "--lines", "2500");
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, String> f = run.figures();
        assertThat(f.get("lines")).isEqualTo("2500");
        // the set-up and the login append their own lines before the bench's
        assertThat(Long.parseLong(f.get("verified_lines"))).isGreaterThanOrEqualTo(2500);
        assertThat(Long.parseLong(f.get("append_per_s"))).isPositive();
        assertThat(Long.parseLong(f.get("verify_per_s"))).isPositive();
    }

    @Test
    void benchReceiveRunsInATemporaryFolderAndRemovesIt() throws Exception {
        long before;
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            before = left.filter(p -> p.getFileName().toString().startsWith("screening-bench-receive-")).count();
        }
        Run run = run("bench", "receive", "--samples", "200", "--scans", "20", "--box-size", "10");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.figures()).containsEntry("samples", "200").containsKey("receive_p95_ms");
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("screening-bench-receive-")).count()).isEqualTo(before);
        }
        assertThat(run("bench", "receive", "--samples", "0").exit()).isEqualTo(CliContext.EXIT_REFUSED);
    }

    /** What a command printed, and its exit code. */
    private record Run(int exit, String out, String err) {
        /** The key=value lines (plans, as # lines, left out). */
        Map<String, String> figures() {
            Map<String, String> figures = new LinkedHashMap<>();
            for (String line : out.lines().toList()) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    figures.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return figures;
        }
    }

    /** Runs the command line in this JVM; no window may open here (the startup bench opens its windows in child JVMs). */
    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window in this JVM");
        }, name -> null));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
