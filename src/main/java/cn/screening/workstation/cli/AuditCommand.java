package cn.screening.workstation.cli;

import cn.screening.workstation.service.audit.AuditChain;
import cn.screening.workstation.store.AuditChainVerdict;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `audit verify`: walks the audit chain; exit code 1 when a line was changed, deleted or moved. */
@Command(name = "audit", description = "the tamper-evident audit log (审计日志)", subcommands = AuditCommand.Verify.class)
final class AuditCommand {

    static final int EXIT_BROKEN = 1;

    @ParentCommand
    RootCommand root;

    @Command(name = "verify", description = "check every audit line against its chain; prints the first broken link")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                AuditChainVerdict v = AuditChain.verify(ws.database());
                String line = AuditChain.sentence(v, ctx.texts, ZoneId.systemDefault());
                (v.intact() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(line);
                return v.intact() ? 0 : EXIT_BROKEN;
            });
        }
    }
}
