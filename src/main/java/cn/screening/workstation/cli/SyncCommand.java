package cn.screening.workstation.cli;

import cn.screening.workstation.service.Quarantine;
import cn.screening.workstation.sync.SyncApi;
import cn.screening.workstation.sync.SyncReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `sync`: one full push + pull. Prints one line, `pushed= pulled= pending= quarantined= conflicts= unstored=`;
 * exits 0 only when everything reached the server and every pulled record was stored here, 1 when
 * records still wait (pending, quarantined, in conflict, or pulled but not stored: each of those on
 * stderr with its reason), 3 when the server could not be reached or refused (its reason on stderr).
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
            var services = ctx.services(ws);
            SyncReport report = services.syncSetup(SyncApi.create(SyncApi.Timeouts.DEFAULT)).engine().syncOnce();
            spec.commandLine().getOut().println(report.line());
            for (Quarantine.UnstoredRecord u : report.unstored() == 0 ? List.<Quarantine.UnstoredRecord>of()
                    : services.quarantine().unstored()) {
                spec.commandLine().getErr().println(ctx.texts.get("sync.unstored.line", u.entityType(), u.entityId(),
                        ctx.texts.get(u.reasonKey())));
            }
            if (report.failure() != null) {
                spec.commandLine().getErr().println(ctx.texts.get(report.failure().messageKey(), report.failure().args()));
                return CliContext.EXIT_FAILED;
            }
            return report.allClear() ? 0 : EXIT_WAITING;
        });
    }
}
