package cn.screening.workstation.server.admin;

import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.report.ReviewVerdict;
import cn.screening.workstation.server.CityReports;
import cn.screening.workstation.server.ReportRoll;
import cn.screening.workstation.server.ServerServices;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `server report list|review`: the city's roll of a period's monthly reports and its review of one (decision 0021). */
@Command(name = "report", description = "the counties' monthly reports: the roll of a period, the city's review",
        subcommands = {ReportAdminCommand.ListReports.class, ReportAdminCommand.Review.class})
final class ReportAdminCommand {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CityReports.COUNTY_ZONE);

    @ParentCommand
    ServerCommand server;

    @Command(name = "list", description = "every county expected to report the period, its state, and the on-time and completeness rates")
    static final class ListReports extends AdminAction {
        @ParentCommand
        ReportAdminCommand parent;
        @Option(names = "--period", required = true, description = "报告期 YYYY-MM, e.g. 2026-11")
        String period;
        @Option(names = "--city", description = "only counties whose division code starts with this, e.g. 2107")
        String city;

        @Override
        ServerCommand server() {
            return parent.server;
        }

        @Override
        int run(ServerServices services, PrintWriter out) {
            ReportRoll roll = services.cityReports().roll(period, city);
            out.printf("报告期 %s（截止 %s 日，以 %s 计）%n", roll.period(), ReportPeriod.DUE_DAY, roll.asOf());
            out.println("县代码\t县名\t状态\t版本\t提交时间\t按时\t说明");
            for (ReportRoll.County c : roll.counties()) {
                out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s%n", c.countyCode(), c.name(), c.standingZh(), c.version() == 0 ? "-" : c.version(),
                        c.submittedAt() == null ? "-" : SHOWN.format(c.submittedAt()), c.version() == 0 ? "-" : c.onTime() ? "按时" : "逾期",
                        c.reason() == null ? "" : c.reason());
            }
            out.printf("应报 %d 县，已报 %d，按时 %d；按时率 %s，完整率 %s%n", roll.expected(), roll.submitted(), roll.onTime(),
                    percent(roll.onTimeRate()), percent(roll.completenessRate()));
            return 0;
        }
    }

    @Command(name = "review", description = "the city's verdict on a county's last submitted version: --approve, or --return --reason")
    static final class Review extends AdminAction {
        @ParentCommand
        ReportAdminCommand parent;
        @Option(names = "--county", required = true, description = "the county's 6-digit division code")
        String county;
        @Option(names = "--period", required = true, description = "报告期 YYYY-MM")
        String period;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Verdict verdict;
        @Option(names = "--reason", description = "退回原因 (required with --return)")
        String reason;
        @Option(names = "--version", description = "the version reviewed, as listed; refused when a revision has superseded it")
        Integer version;

        static final class Verdict {
            @Option(names = "--approve", required = true, description = "已审核")
            boolean approve;
            @Option(names = "--return", required = true, description = "已退回: the county revises it")
            boolean giveBack;
        }

        @Override
        ServerCommand server() {
            return parent.server;
        }

        @Override
        int run(ServerServices services, PrintWriter out) {
            ReviewVerdict v = verdict.approve ? ReviewVerdict.APPROVED : ReviewVerdict.RETURNED;
            MonthlyReport r = services.cityReports().review(county, period, v, reason, version);
            out.printf("%s %s 月报表第 %d 版%s%s，县里下次同步时可见%n", r.countyCode(), r.period(), r.currentReview().orElseThrow().version(),
                    v.zh(), v == ReviewVerdict.RETURNED ? "（" + reason.strip() + "）" : "");
            return 0;
        }
    }

    static String percent(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }
}
