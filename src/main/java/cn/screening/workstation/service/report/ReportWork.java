package cn.screening.workstation.service.report;

import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportFigures;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.domain.report.ReportReview;
import cn.screening.workstation.domain.report.ReportVersion;
import cn.screening.workstation.domain.report.ReviewVerdict;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.today.WorkItem;
import cn.screening.workstation.service.today.WorkSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the monthly report puts on 今日待办 (docs/report.md), for those who report at a county hospital
 * or health bureau: last month's report to submit from the 20th (截止 25 日), 逾期 from the 26th until
 * it is submitted, a report the city returned (已退回, with its reason) until it is revised, and a
 * submitted month of the last three whose figures the ledger now contradicts (与已报数据不一致).
 */
public final class ReportWork {

    public static final String DUE = "report.due";
    public static final String OVERDUE = "report.overdue";
    public static final String RETURNED = "report.returned";
    public static final String DIFFERS = "report.differs";
    public static final List<String> KINDS = List.of(DUE, OVERDUE, RETURNED, DIFFERS);

    /** The day of the month after the period from which the report is asked for. */
    public static final int REMIND_FROM_DAY = 20;
    /** How many recent submitted months are recounted for 与已报数据不一致 (each is one build from the ledger). */
    static final int RECOUNTED_MONTHS = 3;

    private ReportWork() {
    }

    public static WorkSource reminders(Workspace ws, RuleBook rules, ZoneId zone) {
        ReportBuilder builder = new ReportBuilder(ws, rules);
        return (tx, today) -> {
            if (!builder.mayReport()) {
                return List.of();
            }
            String county = ws.session().site().countyCode();
            List<WorkItem> out = new ArrayList<>();
            ReportPeriod last = new ReportPeriod(YearMonth.from(today).minusMonths(1));
            Optional<MonthlyReport> lastReport = ws.reports().findById(tx, MonthlyReport.idOf(county, last.toString()))
                    .filter(r -> !r.meta().deleted());
            if (today.getDayOfMonth() >= REMIND_FROM_DAY && lastReport.flatMap(MonthlyReport::lastSubmitted).isEmpty()) {
                boolean late = last.lateOn(today);
                out.add(new WorkItem(late ? OVERDUE : DUE, MonthlyReport.idOf(county, last.toString()), last.toString(), last.dueDate(), late));
            }
            YearMonth oldestRecounted = YearMonth.from(today).minusMonths(RECOUNTED_MONTHS);
            for (MonthlyReport r : ws.reports().where(tx, "county_code = ?", "period DESC", county)) {
                Optional<ReportReview> review = r.currentReview();
                if (review.isPresent() && review.get().verdict() == ReviewVerdict.RETURNED) {
                    out.add(new WorkItem(RETURNED, r.id(), r.period() + " · " + review.get().reason(),
                            LocalDate.ofInstant(review.get().reviewedAt(), zone), false));
                }
                Optional<ReportFigures> frozen = r.lastSubmitted().map(ReportVersion::figures);
                ReportPeriod p = ReportBuilder.period(r.period());
                if (frozen.isPresent() && !p.month().isBefore(oldestRecounted)
                        && !frozen.get().sameFiguresAs(builder.build(tx, p).figures())) {
                    out.add(new WorkItem(DIFFERS, r.id(), r.period(), null, false));
                }
            }
            return out;
        };
    }
}
