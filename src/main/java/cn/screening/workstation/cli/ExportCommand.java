package cn.screening.workstation.cli;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.domain.patient.PatientQuery;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import cn.screening.workstation.service.report.ReportBuilder;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `export patients|cases|ledger --out F.csv [--full-ids --purpose TEXT]`: masked unless allowed and asked. */
@Command(name = "export", description = "export stored records as CSV",
        subcommands = {ExportCommand.Patients.class, ExportCommand.Cases.class, ExportCommand.Ledger.class})
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

        abstract int export(Services services);

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                int n = export(ctx.services(ws));
                spec.commandLine().getOut().println("rows=" + n + " file=" + out);
                return 0;
            });
        }
    }

    /** The same filters as the 患者 screen, giving the same patients. */
    @Command(name = "patients", description = "every patient, or those the 患者 screen shows for the same filter")
    static final class Patients extends Base {
        @Option(names = "--name", description = "name starts with")
        String name;
        @Option(names = "--id", description = "ID number, whole or its start")
        String idNumber;
        @Option(names = "--township", description = "township of this county, by name or 9-digit code")
        String township;
        @Option(names = "--poverty", description = "poverty group: NONE, REGISTERED_POOR, MINIMUM_LIVING, EXTREME_POVERTY,"
                + " FAMILY_PLANNING_HARDSHIP, or its Chinese name")
        String poverty;

        @Override
        int export(Services services) {
            PatientQuery filter = services.patientBrowser().filter(name, idNumber, township, poverty);
            return services.recordExport().exportPatients(out, filter, fullIds, purpose);
        }
    }

    @Command(name = "cases", description = "every case")
    static final class Cases extends Base {
        @Override
        int export(Services services) {
            return services.recordExport().exportCases(out, fullIds, purpose);
        }
    }

    @Command(name = "ledger", description = "the treatment ledger (救治台账), one line per admission, in the settlement list's columns")
    static final class Ledger extends Base {
        @Option(names = "--period", description = "报告期 YYYY-MM: only the admissions discharged in it (the month's file for the national system)")
        String period;

        @Override
        int export(Services services) {
            return services.recordExport().exportLedger(out, fullIds, purpose, period == null ? null : ReportBuilder.period(period));
        }
    }
}
