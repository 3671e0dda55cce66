package cn.screening.workstation.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with jitter between probes of a server that does not answer (5 s up to 10 min by default). */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private final RandomGenerator random;
    private int failures;

    public Backoff(Duration first, Duration max, RandomGenerator random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), RandomGenerator.getDefault());
    }

    /** The wait after one more failure: doubled each time, capped, then somewhere in its upper half so clinics do not probe in step. */
    public synchronized Duration next() {
        long base = first.toMillis() << Math.min(failures, 20);
        long capped = Math.min(base, max.toMillis());
        failures++;
        long half = capped / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }

    public synchronized void reset() {
        failures = 0;
    }

    public synchronized int failures() {
        return failures;
    }
}
