package cn.screening.workstation.cli;

import cn.screening.workstation.service.ImportPreview;
import cn.screening.workstation.service.ImportSummary;
import cn.screening.workstation.service.PatientImport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `import patients --file F [--dry-run] --report R.csv`. */
@Command(name = "import", description = "import lists", subcommands = ImportCommand.Patients.class)
final class ImportCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "patients", description = "import a patient list (CSV in UTF-8 or GBK, or XLSX)")
    static final class Patients implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        ListImportOptions list;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                PatientImport importer = ctx.services(ws).patientImport();
                ImportPreview preview = importer.preview(list.file);
                importer.writeReport(preview, list.report);
                ImportSummary summary = list.dryRun ? ImportSummary.dryRun(preview) : importer.commit(preview);
                spec.commandLine().getOut().println(summary.line() + (list.dryRun ? " dry_run=true importable=" + preview.importableCount() : ""));
                return 0;
            });
        }
    }
}
