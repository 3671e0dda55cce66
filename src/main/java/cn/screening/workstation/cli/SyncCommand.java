package cn.screening.workstation.cli;

import cn.screening.workstation.sync.SyncApi;
import cn.screening.workstation.sync.SyncReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `sync`: one full push + pull. Prints one line, `pushed= pulled= pending= quarantined= conflicts=`;
 * exits 0 only when everything reached the server, 1 when records still wait (pending, quarantined or
 * in conflict), 3 when the server could not be reached or refused (its reason on stderr).
 */
@Command(name = "sync", description = "push everything waiting and pull everything new, once")
final class SyncCommand implements Callable<Integer> {

    static final int EXIT_WAITING = 1;

    @ParentCommand
    RootCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CliContext ctx = new CliContext(root);
        return ctx.asUser(spec.commandLine().getErr(), ws -> {
            SyncReport report = ctx.services(ws).syncSetup(SyncApi.create(SyncApi.Timeouts.DEFAULT)).engine().syncOnce();
            spec.commandLine().getOut().println(report.line());
            if (report.failure() != null) {
                spec.commandLine().getErr().println(ctx.texts.get(report.failure().messageKey(), report.failure().args()));
                return CliContext.EXIT_FAILED;
            }
            return report.allClear() ? 0 : EXIT_WAITING;
        });
    }
}
