package cn.screening.workstation.cli;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.Database;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `store compact`: maintenance of the store file. */
@Command(name = "store", description = "maintain the store file", subcommands = StoreCommand.Compact.class)
final class StoreCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "compact", description = {
        "Rewrites the store file to its live size (H2 files grow with every write; loading a million",
        "cases left 25 GB for 1.6 GB of data). The store is closed while it runs. Needs an administrator."})
    static final class Compact implements Callable<Integer> {
        @ParentCommand
        StoreCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.run(spec.commandLine().getErr(), () -> {
                Workspace ws = ctx.login();
                try {
                    ws.session().require(Permission.MANAGE_SETTINGS);
                    long before = ws.database().fileSize();
                    long t0 = System.nanoTime();
                    ws.compactAndClose();
                    long after = Database.fileSize(ctx.workstation.folder());
                    spec.commandLine().getOut().printf(Locale.ROOT, "file_mb_before=%d%nfile_mb_after=%d%ncompact_s=%.1f%n",
                            mb(before), mb(after), (System.nanoTime() - t0) / 1e9);
                    return 0;
                } finally {
                    ws.close();
                }
            });
        }

        private static long mb(long bytes) {
            return Math.round(bytes / (1024.0 * 1024.0));
        }
    }
}
