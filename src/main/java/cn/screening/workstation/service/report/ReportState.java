package cn.screening.workstation.service.report;

import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.domain.report.ReportFigures;
import cn.screening.workstation.domain.report.ReportReview;
import cn.screening.workstation.service.Texts;
import java.util.Locale;
import java.util.Optional;

/**
 * A period's report as the screens and commands show it: the stored record (none before the first
 * build), the figures to show — the last submitted version's frozen snapshot, else the ledger's
 * figures now — and whether the ledger has since changed them (与已报数据不一致).
 */
public record ReportState(Optional<MonthlyReport> report, BuiltReport live, ReportFigures shown, boolean differsFromLedger) {

    /** The status in Chinese, as the report's PDF and the command print it: the city's 已审核 / 已退回 once it has judged the last version. */
    public String statusText() {
        return report.map(r -> r.latest().frozen() ? r.currentReview().map(v -> v.verdict().zh()).orElse(r.latest().status().zh())
                        : r.latest().status().zh())
                .orElseGet(() -> new Texts(Locale.SIMPLIFIED_CHINESE).get("report.status.none"));
    }

    /** The city's verdict on the last submitted version (with 退回原因 when returned), if it has given one. */
    public Optional<ReportReview> review() {
        return report.flatMap(MonthlyReport::currentReview);
    }
}
