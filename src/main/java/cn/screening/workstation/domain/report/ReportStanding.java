package cn.screening.workstation.domain.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a county's report of a period stands as the city sees it (server report list): 未报 until a
 * version is submitted, 逾期 when the 25th of the month after has passed with none, 已提交 once one is,
 * then the city's 已审核 / 已退回 of the last submitted version.
 */
public enum ReportStanding {
    NOT_REPORTED("未报"),
    OVERDUE("逾期"),
    SUBMITTED("已提交"),
    APPROVED("已审核"),
    RETURNED("已退回");

    private final String zh;

    ReportStanding(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public boolean submitted() {
        return this == SUBMITTED || this == APPROVED || this == RETURNED;
    }

    /** The standing of a county's report (none, or as stored) on {@code today}, the county's calendar day. */
    public static ReportStanding of(Optional<MonthlyReport> report, ReportPeriod period, LocalDate today) {
        if (report.isEmpty() || report.get().lastSubmitted().isEmpty()) {
            return period.lateOn(today) ? OVERDUE : NOT_REPORTED;
        }
        return report.get().currentReview()
                .map(r -> r.verdict() == ReviewVerdict.APPROVED ? APPROVED : RETURNED)
                .orElse(SUBMITTED);
    }

    /** On time: the first version was submitted on or before the 25th of the month after (revisions do not change it). */
    public static boolean onTime(Optional<MonthlyReport> report) {
        return report.map(r -> !r.versions().isEmpty() && r.versions().get(0).frozen() && !r.versions().get(0).late()).orElse(false);
    }
}
