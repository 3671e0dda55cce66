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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window");
        }, name -> null));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int exit = cl.execute("bench", "cases", "--cases", "2000", "--data", data.toString());

        assertThat(exit).as(err.toString()).isZero();
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : out.toString().lines().toList()) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                figures.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
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
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> { }, name -> null));
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("bench", "cases", "--cases", "10", "--data", dir.toString())).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("empty folder");
        assertThat(dir.resolve("something")).exists();
    }

    @Test
    void measureStartupStartsTheWindowInAFreshJvmAndPrintsTheFirstFrameTime() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("the window opens in the child JVM, not here");
        }, name -> null));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("bench", "cases", "--measure-startup", "--runs", "1", "--data", dir.resolve("s").toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("(?m)^startup_ms=\\d+$").contains("startup_runs=1");
    }

    @Test
    void theBaselineIsABareWindowStartedTheSameWayAndTheRatioIsPrinted() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("the windows open in child JVMs, not here");
        }, name -> null));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("bench", "cases", "--measure-startup", "--baseline", "--runs", "1", "--data", dir.resolve("s").toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("(?m)^startup_ms=\\d+$").containsPattern("(?m)^baseline_ms=\\d+$")
                .containsPattern("(?m)^startup_ratio=\\d+\\.\\d\\d$");
    }
}
