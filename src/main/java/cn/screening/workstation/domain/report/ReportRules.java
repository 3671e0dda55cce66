package cn.screening.workstation.domain.report;

import cn.screening.workstation.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every side holds a monthly report to, the workstation before it saves and the server when it
 * arrives: its id is the county's and period's, versions run 1, 2, … with at most one draft and only
 * as the last, a revision has a reason, 逾期 is what the dates say, and a submitted version never changes.
 */
public final class ReportRules {

    private ReportRules() {
    }

    /** The report on its own. */
    public static List<Violation> check(MonthlyReport r) {
        List<Violation> out = new ArrayList<>();
        Optional<ReportPeriod> period = ReportPeriod.parse(r.period());
        if (period.isEmpty()) {
            out.add(Violation.error("report.period", "report.period.format"));
            return out;
        }
        if (r.countyCode() == null || !r.countyCode().matches("\\d{6}") || !MonthlyReport.idOf(r.countyCode(), r.period()).equals(r.id())) {
            out.add(Violation.error("report.county", "report.one_per_period"));
        }
        List<ReportVersion> vs = r.versions();
        if (vs.isEmpty()) {
            out.add(Violation.error("report.versions", "report.versions.sequence"));
        }
        for (int i = 0; i < vs.size(); i++) {
            ReportVersion v = vs.get(i);
            if (v.number() != i + 1 || v.status() == null || v.figures() == null) {
                out.add(Violation.error("report.versions", "report.versions.sequence"));
            } else if (!v.frozen() && i != vs.size() - 1) {
                out.add(Violation.error("report.versions", "report.second_draft"));
            } else if (v.number() > 1 && (v.reason() == null || v.reason().isBlank())) {
                out.add(Violation.error("report.reason", "report.reason.required"));
            } else if (v.frozen() && (v.submittedOn() == null || v.late() != period.get().lateOn(v.submittedOn()))) {
                out.add(Violation.error("report.late", "report.late.mismatch"));
            }
        }
        return out;
    }

    /** A change from {@code before} (as stored) to {@code after}: the same county and period, every frozen version kept as it was. */
    public static List<Violation> checkChange(MonthlyReport before, MonthlyReport after) {
        List<Violation> out = new ArrayList<>(check(after));
        if (!before.countyCode().equals(after.countyCode()) || !before.period().equals(after.period())) {
            out.add(Violation.error("report.county", "report.one_per_period"));
        }
        for (ReportVersion v : before.versions()) {
            boolean kept = after.versions().size() >= v.number() && after.versions().get(v.number() - 1).equals(v);
            if (v.frozen() && !kept) {
                out.add(Violation.error("report.versions", "report.frozen"));
                break;
            }
        }
        return out;
    }
}
