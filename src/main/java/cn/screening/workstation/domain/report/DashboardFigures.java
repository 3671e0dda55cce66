package cn.screening.workstation.domain.report;

import static cn.screening.workstation.domain.report.ReportColumns.*;

import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralEvent;
import cn.screening.workstation.domain.referral.ReferralStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the dashboard's series (docs/report.md, §Dashboard) without a database. The status counts
 * and the rates are the monthly report's own figures ({@link MonthlyFigures}), so the charts never
 * disagree with the report of the same month.
 */
public final class DashboardFigures {

    public static final int MONTHS = 12;

    private static final Map<TreatmentStatus, String> STATUS_COLUMN = Map.of(TreatmentStatus.WAITING, WAITING,
            TreatmentStatus.TREATING, TREATING, TreatmentStatus.TREATED, TREATED, TreatmentStatus.CHRONIC_CARE, CHRONIC,
            TreatmentStatus.DIED, DIED, TreatmentStatus.LOST, LOST);
    /** The loop closes when the back-referral is received at the base, or the referral is closed. */
    private static final Set<ReferralStatus> LOOP_CLOSED = Set.of(ReferralStatus.BACK_RECEIVED, ReferralStatus.CLOSED);

    private final String countyCode;
    private final YearMonth end;
    private final ZoneId zone;

    /** @param zone the county's zone: a span belongs to the month its end falls in there */
    public DashboardFigures(String countyCode, YearMonth end, ZoneId zone) {
        this.countyCode = countyCode;
        this.end = end;
        this.zone = zone;
    }

    /** The twelve months up to the end month, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            out.add(end.minusMonths(i));
        }
        return out;
    }

    /**
     * @param rows      the county's ledger rows, as the monthly report reads them
     * @param samples   the county's samples, drawn → received (accepted) at the designated hospital
     * @param referrals the referrals the county's sites sent
     */
    public Dashboard build(List<LedgerEntry> rows, List<Label> diseases, List<Label> townships, List<TimedSpan> samples,
                           List<Referral> referrals) {
        List<Dashboard.StatusMonth> statuses = new ArrayList<>();
        ReportFigures last = null;
        for (YearMonth m : months()) {
            last = new MonthlyFigures(new ReportPeriod(m), countyCode).build(rows, diseases, townships);
            ReportTable a = last.table(MonthlyFigures.BY_DISEASE_TABLE);
            Map<TreatmentStatus, Long> counts = new EnumMap<>(TreatmentStatus.class);
            STATUS_COLUMN.forEach((s, column) -> counts.put(s, a.figure(ReportLine.TOTAL, column).value()));
            statuses.add(new Dashboard.StatusMonth(m, counts));
        }
        List<Dashboard.DiseaseRates> rates = new ArrayList<>();
        ReportTable a = last.table(MonthlyFigures.BY_DISEASE_TABLE);
        for (ReportLine line : a.lines()) {
            Figure people = a.figure(line.key(), TREATMENT_RATE);
            Figure paid = a.figure(line.key(), OUT_OF_POCKET_SHARE);
            // a disease with nobody counted and no stay settled would only be an empty slot on the chart
            if (!line.key().equals(ReportLine.TOTAL) && (people.of() > 0 || paid.of() > 0)) {
                rates.add(new Dashboard.DiseaseRates(line.key(), line.label(), people.withoutRows(), paid.withoutRows()));
            }
        }
        List<TimedSpan> loops = referrals.stream().map(DashboardFigures::loopOf).flatMap(Optional::stream).toList();
        return new Dashboard(countyCode, end, statuses, rates, perMonth(samples), perMonth(loops));
    }

    /**
     * A referral's loop: from its first move to 已提交 (sent) to its first move to 基层已接收 or 已结案
     * after that; empty while the loop is open, or when it never closed (rejected, withdrawn, expired).
     */
    public static Optional<TimedSpan> loopOf(Referral r) {
        if (r.meta() != null && r.meta().deleted()) {
            return Optional.empty();
        }
        Instant sent = null;
        for (ReferralEvent e : r.history()) {
            if (sent == null && e.to() == ReferralStatus.SUBMITTED) {
                sent = e.at();
            } else if (sent != null && LOOP_CLOSED.contains(e.to()) && e.at() != null) {
                return Optional.of(new TimedSpan(sent, e.at()));
            }
        }
        return Optional.empty();
    }

    /** The spans ending in each of the twelve months (county time): count, median, 90th percentile. */
    private List<Dashboard.TimesMonth> perMonth(List<TimedSpan> spans) {
        Map<YearMonth, List<Duration>> byMonth = new LinkedHashMap<>();
        months().forEach(m -> byMonth.put(m, new ArrayList<>()));
        for (TimedSpan s : spans) {
            if (s.start() == null || s.end() == null || s.end().isBefore(s.start())) {
                continue; // a span with a missing or impossible time says nothing about turnaround
            }
            List<Duration> month = byMonth.get(YearMonth.from(s.end().atZone(zone)));
            if (month != null) {
                month.add(s.length());
            }
        }
        List<Dashboard.TimesMonth> out = new ArrayList<>();
        byMonth.forEach((m, d) -> out.add(new Dashboard.TimesMonth(m, d.size(), Durations.median(d), Durations.percentile(d, 90))));
        return out;
    }
}
