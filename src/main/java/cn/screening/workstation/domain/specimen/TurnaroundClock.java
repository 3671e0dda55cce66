package cn.screening.workstation.domain.specimen;

import java.time.Duration;
import java.time.Instant;

/** Times the legs draw → dispatch → receipt → result against the configured limits. */
public final class TurnaroundClock {

    private final TurnaroundLimits limits;

    public TurnaroundClock(TurnaroundLimits limits) {
        this.limits = limits;
    }

    public Turnaround at(SampleTimeline t, Instant now) {
        TimelineEvent last = t.last();
        return switch (last.stage()) {
            case DRAWN, PACKED -> leg(t, SampleStage.DISPATCHED, t.at(SampleStage.DRAWN).orElseThrow().at(), limits.drawToDispatch(), now);
            case DISPATCHED -> leg(t, SampleStage.RECEIVED, last.at(), limits.dispatchToReceipt(), now);
            case RECEIVED -> leg(t, SampleStage.RESULTED, last.at(), limits.receiptToResult(), now);
            case REJECTED, RESULTED -> new Turnaround(t.sampleNo(), null, Duration.ZERO, Duration.ZERO);
        };
    }

    private static Turnaround leg(SampleTimeline t, SampleStage next, Instant since, Duration limit, Instant now) {
        Duration elapsed = since == null || since.isAfter(now) ? Duration.ZERO : Duration.between(since, now);
        return new Turnaround(t.sampleNo(), next, elapsed, limit);
    }
}
