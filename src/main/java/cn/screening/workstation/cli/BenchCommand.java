package cn.screening.workstation.cli;

import cn.screening.workstation.bench.SyncBench;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `bench`: measurements printed as key=value lines. */
@Command(name = "bench", description = "benchmarks; each prints key=value lines",
        subcommands = {BenchCommand.Sync.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** `bench sync --records N`: push N records into a loopback server, then through a slow link. */
    @Command(name = "sync", description = "push N pending records to a loopback server; throughput, wire bytes, slow-link ratio")
    static final class Sync implements Callable<Integer> {

        @Spec
        CommandSpec spec;
        @Option(names = "--records", defaultValue = "100000", description = "records to push (default 100000)")
        int records;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            new SyncBench(out).run(records);
            return 0;
        }
    }
}
