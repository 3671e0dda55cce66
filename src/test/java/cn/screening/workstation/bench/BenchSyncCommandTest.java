package cn.screening.workstation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.cli.RootCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** `bench sync --records 500` runs both pushes and prints every figure as key=value (no timing asserted). */
class BenchSyncCommandTest {

    @Test
    void printsEveryFigure() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window");
        }, name -> null));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("bench", "sync", "--records", "500")).as(err.toString()).isZero();
        assertThat(out.toString().lines().map(l -> l.substring(0, l.indexOf('=')))).contains("records", "push_records_per_s",
                "wire_bytes_per_record", "slowlink_records", "slowlink_ratio");
        assertThat(out.toString()).contains("records=500").contains("slowlink_records=500");
        out.toString().lines().forEach(l -> assertThat(l).matches("[a-z_]+=[0-9.]+"));
    }
}
