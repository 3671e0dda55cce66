package cn.screening.workstation.domain.report;

import cn.screening.workstation.domain.ledger.TreatmentStatus;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The four series of the 统计看板 for a county, the twelve months up to {@code end} (docs/report.md,
 * §Dashboard): 救治对象 by status at each month's end, 救治率 and 自付比例 by disease in the end month,
 * sample turnaround and referral loop time per month.
 */
public record Dashboard(String countyCode, YearMonth end, List<StatusMonth> statusByMonth, List<DiseaseRates> byDisease,
                        List<TimesMonth> turnaround, List<TimesMonth> referralLoop) {

    /** The statuses the status chart stacks, in table A's column order. */
    public static final List<TreatmentStatus> STATUSES = List.of(TreatmentStatus.WAITING, TreatmentStatus.TREATING,
            TreatmentStatus.TREATED, TreatmentStatus.CHRONIC_CARE, TreatmentStatus.DIED, TreatmentStatus.LOST);

    /** A month as the charts label it, 26-01: twelve fit under a half-width chart without turning. */
    public static String monthLabel(YearMonth m) {
        return String.format("%02d-%02d", m.getYear() % 100, m.getMonthValue());
    }

    public Dashboard {
        statusByMonth = List.copyOf(statusByMonth);
        byDisease = List.copyOf(byDisease);
        turnaround = List.copyOf(turnaround);
        referralLoop = List.copyOf(referralLoop);
    }

    /** 救治对象 counted at the month's last day, by their status then (table A's 合计 line of that month). */
    public record StatusMonth(YearMonth month, Map<TreatmentStatus, Long> counts) {
        public StatusMonth {
            counts = Map.copyOf(counts);
        }

        public long count(TreatmentStatus s) {
            return counts.getOrDefault(s, 0L);
        }
    }

    /** One line of table A in the end month: its 救治率 and 自付比例 as numerator and denominator. */
    public record DiseaseRates(String code, String name, Figure treatmentRate, Figure outOfPocketShare) {
    }

    /** The durations that ended in a month: how many, their median and 90th percentile (null when none). */
    public record TimesMonth(YearMonth month, int count, Duration median, Duration p90) {

        /** The median in hours, or in days, with one decimal; null when the month has none. */
        public Double medianIn(Duration unit) {
            return in(median, unit);
        }

        public Double p90In(Duration unit) {
            return in(p90, unit);
        }

        private static Double in(Duration d, Duration unit) {
            return d == null ? null : Math.round(d.toMillis() * 10.0 / unit.toMillis()) / 10.0;
        }
    }
}
