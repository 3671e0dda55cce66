package cn.screening.workstation.cli;

import cn.screening.workstation.service.ImportPreview;
import cn.screening.workstation.service.ImportSummary;
import cn.screening.workstation.service.PatientImport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
        @Option(names = "--file", required = true)
        Path file;
        @Option(names = "--report", required = true, description = "report CSV: row,status,field,message")
        Path report;
        @Option(names = "--dry-run", description = "judge every row and write the report, import nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                PatientImport importer = ctx.services(ws).patientImport();
                ImportPreview preview = importer.preview(file);
                importer.writeReport(preview, report);
                ImportSummary summary = dryRun ? ImportSummary.dryRun(preview) : importer.commit(preview);
                spec.commandLine().getOut().println(summary.line() + (dryRun ? " dry_run=true importable=" + preview.importableCount() : ""));
                return 0;
            });
        }
    }
}
