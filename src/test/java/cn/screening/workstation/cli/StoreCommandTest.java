package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StoreCommandTest {

    @TempDir
    Path dir;

    int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> { }, Map.of("SCREENING_PASSWORD", "admin-pass-1")::get));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void anAdministratorCompactsTheStoreAndCanLogInAfterwards() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "--data", dir.toString(), "setup", "--type", "county", "--division", "210727",
                "--name", "义县人民医院", "--admin", "admin")).as(err.toString()).isZero();
        StringWriter out = new StringWriter();
        assertThat(run(out, err, "--data", dir.toString(), "--user", "admin", "store", "compact")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("file_mb_before=\\d+").containsPattern("file_mb_after=\\d+");
        // the compacted store opens again
        assertThat(run(new StringWriter(), err, "--data", dir.toString(), "--user", "admin", "store", "compact"))
                .as(err.toString()).isZero();
    }
}
