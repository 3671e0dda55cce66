package cn.screening.workstation.domain.report;

import java.time.Duration;
import java.time.Instant;

/** A span the dashboard times: a sample drawn → received, a referral sent → its loop closed. */
public record TimedSpan(Instant start, Instant end) {

    public Duration length() {
        return Duration.between(start, end);
    }
}
