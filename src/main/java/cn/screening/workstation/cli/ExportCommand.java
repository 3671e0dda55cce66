package cn.screening.workstation.cli;

import cn.screening.workstation.service.RecordExport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `export patients|cases --out F.csv [--full-ids --purpose TEXT]`: masked unless allowed and asked. */
@Command(name = "export", description = "export stored records as CSV",
        subcommands = {ExportCommand.Patients.class, ExportCommand.Cases.class})
final class ExportCommand {

    @ParentCommand
    RootCommand root;

    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        ExportCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", required = true)
        Path out;
        @Option(names = "--full-ids", description = "full ID numbers and names (needs the permission and --purpose)")
        boolean fullIds;
        @Option(names = "--purpose", description = "why full IDs leave the workstation (written to the audit log)")
        String purpose;

        abstract int export(RecordExport exporter);

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                int n = export(ctx.services(ws).recordExport());
                spec.commandLine().getOut().println("rows=" + n + " file=" + out);
                return 0;
            });
        }
    }

    @Command(name = "patients", description = "every patient")
    static final class Patients extends Base {
        @Override
        int export(RecordExport exporter) {
            return exporter.exportPatients(out, fullIds, purpose);
        }
    }

    @Command(name = "cases", description = "every case")
    static final class Cases extends Base {
        @Override
        int export(RecordExport exporter) {
            return exporter.exportCases(out, fullIds, purpose);
        }
    }
}
