package cn.screening.workstation.server.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perMinute} allowances, refilled evenly over a minute,
 * at most a minute's worth saved up. Addresses whose bucket is full again are forgotten, and past
 * {@link #MAX_ADDRESSES} new addresses share one bucket, so a flood of addresses cannot grow memory.
 */
final class AddressLimiter {

    static final int MAX_ADDRESSES = 10_000;
    private static final String OVERFLOW = "*";
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private final int perMinute;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    AddressLimiter(int perMinute, LongSupplier nanos) {
        this.perMinute = perMinute;
        this.nanos = nanos;
        this.lastSweep = nanos.getAsLong();
    }

    /** Spends one allowance of {@code address}; empty when it had one, else how long until it has. */
    Optional<Duration> take(String address) {
        long now = nanos.getAsLong();
        if (buckets.size() >= MAX_ADDRESSES && !buckets.containsKey(address)) {
            sweep(now);
            if (buckets.size() >= MAX_ADDRESSES) {
                address = OVERFLOW;
            }
        }
        return buckets.computeIfAbsent(address, a -> new Bucket(perMinute, now)).take(now);
    }

    int addresses() {
        return buckets.size();
    }

    private void sweep(long now) {
        if (now - lastSweep < TimeUnit.SECONDS.toNanos(1)) {
            return;
        }
        lastSweep = now;
        buckets.values().removeIf(b -> b.fullAt(now));
    }

    private final class Bucket {
        private double allowances;
        private long updated;

        Bucket(double allowances, long now) {
            this.allowances = allowances;
            this.updated = now;
        }

        synchronized Optional<Duration> take(long now) {
            refill(now);
            if (allowances >= 1) {
                allowances -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - allowances) * MINUTE / perMinute)));
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return allowances >= perMinute;
        }

        private void refill(long now) {
            allowances = Math.min(perMinute, allowances + (double) (now - updated) * perMinute / MINUTE);
            updated = now;
        }
    }
}
