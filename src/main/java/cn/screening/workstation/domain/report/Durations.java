package cn.screening.workstation.domain.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Median and 90th percentile of a month's durations. The median of an even count is the mean of the two
 * middle values; the 90th percentile is the nearest rank (the ⌈0.9·n⌉-th smallest), a duration that
 * really occurred, so a handful of samples never yields an interpolated figure nobody saw.
 */
public final class Durations {

    private Durations() {
    }

    public static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = sorted(values);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** The nearest-rank percentile {@code p} (0 < p ≤ 100). */
    public static Duration percentile(List<Duration> values, int p) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = sorted(values);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static List<Duration> sorted(List<Duration> values) {
        List<Duration> out = new ArrayList<>(values);
        out.sort(null);
        return out;
    }
}
