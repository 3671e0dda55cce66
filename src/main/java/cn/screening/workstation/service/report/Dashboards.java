package cn.screening.workstation.service.report;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.report.Dashboard;
import cn.screening.workstation.domain.report.DashboardFigures;
import cn.screening.workstation.domain.report.TimedSpan;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Workspace;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The 统计看板 of the session's county (docs/report.md, §Dashboard): the same people as the monthly
 * report may see it, and its figures come from the same ledger rows, read in one transaction.
 */
public final class Dashboards implements DashboardPort {

    private final Workspace ws;
    private final ReportBuilder builder;
    private final ZoneId zone;
    /** the diseases' names: the screen's language on the page, Chinese in the report's PDF */
    private final Locale locale;

    public Dashboards(Workspace ws, RuleBook rules, ZoneId zone, Locale locale) {
        this.ws = ws;
        this.builder = new ReportBuilder(ws, rules);
        this.zone = zone;
        this.locale = locale;
    }

    /** The twelve months up to {@code end}. */
    @Override
    public Dashboard dashboard(YearMonth end) {
        builder.requireReporting();
        String county = ws.session().site().countyCode();
        DashboardFigures figures = new DashboardFigures(county, end, zone);
        Instant from = figures.months().get(0).atDay(1).atStartOfDay(zone).toInstant();
        Instant to = end.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return ws.database().read(tx -> {
            List<TimedSpan> samples = ws.specimens().turnaround().receivedBetween(tx, county, from, to);
            List<Referral> referrals = ws.referrals().where(tx, "from_site LIKE ?", "id", county + "%");
            return figures.build(builder.rows(tx), builder.diseases(locale), builder.townships(), samples, referrals);
        });
    }
}
