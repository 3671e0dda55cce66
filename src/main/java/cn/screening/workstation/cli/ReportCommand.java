package cn.screening.workstation.cli;

import cn.screening.workstation.domain.report.ReportVersion;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.report.ReportBuilder;
import cn.screening.workstation.service.report.ReportState;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `report monthly|submit|revise|list`: the county's monthly report (统计月报表, docs/report.md). */
@Command(name = "report", description = "the monthly report (统计月报表)",
        subcommands = {ReportCommand.Monthly.class, ReportCommand.Submit.class, ReportCommand.Revise.class, ReportCommand.List.class})
final class ReportCommand {

    @ParentCommand
    RootCommand root;

    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;

        abstract void run(Services services, PrintWriter out);

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                run(ctx.services(ws), spec.commandLine().getOut());
                return 0;
            });
        }
    }

    abstract static class OnePeriod extends Base {
        @Option(names = "--period", required = true, description = "报告期, YYYY-MM")
        String period;
    }

    @Command(name = "monthly", description = "build the period's report (the draft, or the submitted version) and write it as XLSX [and PDF]")
    static final class Monthly extends OnePeriod {
        @Option(names = "--out", required = true, description = "the workbook, one sheet per table")
        Path out;
        @Option(names = "--pdf", description = "also the printable report, A4 landscape")
        Path pdf;

        @Override
        void run(Services services, PrintWriter out) {
            ReportState s = services.monthlyReports().export(ReportBuilder.period(period), this.out, pdf);
            out.println(line(s) + " file=" + this.out + (pdf == null ? "" : " pdf=" + pdf));
        }
    }

    @Command(name = "submit", description = "submit the period's report: its figures are frozen from now on")
    static final class Submit extends OnePeriod {
        @Override
        void run(Services services, PrintWriter out) {
            out.println(line(services.monthlyReports().submit(ReportBuilder.period(period))));
        }
    }

    @Command(name = "revise", description = "a new submitted version of the period's report, with the reason")
    static final class Revise extends OnePeriod {
        @Option(names = "--reason", required = true, description = "修订原因")
        String reason;

        @Override
        void run(Services services, PrintWriter out) {
            out.println(line(services.monthlyReports().revise(ReportBuilder.period(period), reason)));
        }
    }

    @Command(name = "list", description = "every stored report of this county, latest period first")
    static final class List extends Base {
        @Override
        void run(Services services, PrintWriter out) {
            for (ReportState s : services.monthlyReports().list()) {
                out.println(line(s));
            }
        }
    }

    /** One line per report: period, status, version, 逾期 and whether the ledger now says otherwise. */
    static String line(ReportState s) {
        StringBuilder b = new StringBuilder("period=" + s.live().period() + " status=" + s.statusText());
        s.report().ifPresent(r -> {
            ReportVersion v = r.latest();
            b.append(" version=").append(v.number());
            if (v.submittedOn() != null) {
                b.append(" submitted=").append(v.submittedOn()).append(v.late() ? " 逾期" : " 按时");
            }
            if (v.reason() != null) {
                b.append(" reason=").append(v.reason());
            }
        });
        s.review().filter(r -> r.reason() != null).ifPresent(r -> b.append(" 退回原因=").append(r.reason()));
        if (s.differsFromLedger()) {
            b.append(" 与已报数据不一致");
        }
        return b.toString();
    }
}
