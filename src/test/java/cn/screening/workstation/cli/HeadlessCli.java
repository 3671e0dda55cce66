package cn.screening.workstation.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** The program's command line in a test: an environment of its own, what it printed, and no window. */
final class HeadlessCli {

    final Map<String, String> env = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs one command as the program would; {@link #out} and {@link #err} hold only what this one printed. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = RootCommand.commandLine((d, l) -> {
            throw new AssertionError("no window in headless tests");
        }, env::get);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
