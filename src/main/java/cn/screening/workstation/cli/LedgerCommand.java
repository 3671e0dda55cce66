package cn.screening.workstation.cli;

import cn.screening.workstation.service.ledger.LedgerImport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `ledger import --file F.csv|F.xlsx [--dry-run] --report R.csv`: a settlement list into the treatment ledger. */
@Command(name = "ledger", description = "the treatment ledger (救治台账)", subcommands = LedgerCommand.Import.class)
final class LedgerCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "import", description = "import a settlement list (CSV in UTF-8 or GBK, or XLSX): one line per admission")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        LedgerCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        ListImportOptions list;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                LedgerImport.Summary s = ctx.services(ws).ledgerImport().run(list.file, list.dryRun, list.report);
                spec.commandLine().getOut().println(s.line());
                return 0;
            });
        }
    }
}
