package cn.screening.workstation.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AddressLimiterTest {

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final AddressLimiter limiter = new AddressLimiter(3, nanos::get);

    @Test
    void anAddressGetsItsAllowancesThenWaitsForTheNextToRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("10.0.0.5")).isEmpty();
        }
        assertThat(limiter.take("10.0.0.5")).contains(Duration.ofSeconds(20));
        assertThat(limiter.take("10.0.0.6")).as("another address has its own allowances").isEmpty();

        advance(19);
        assertThat(limiter.take("10.0.0.5")).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMillis(999), Duration.ofMillis(1001)));
        advance(1);
        assertThat(limiter.take("10.0.0.5")).isEmpty();
        assertThat(limiter.take("10.0.0.5")).isPresent();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertThat(ApiError.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(ApiError.seconds(Duration.ofMillis(20_001))).isEqualTo(21);
        assertThat(ApiError.seconds(Duration.ofSeconds(20))).isEqualTo(20);
    }

    @Test
    void aFloodOfAddressesSharesOneBucketAndIsForgottenOnceRefilled() {
        for (int i = 0; i < AddressLimiter.MAX_ADDRESSES; i++) {
            limiter.take("a" + i);
        }
        assertThat(limiter.addresses()).isEqualTo(AddressLimiter.MAX_ADDRESSES);
        advance(2);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("new" + i)).isEmpty();
        }
        assertThat(limiter.take("new3")).as("past the table's size, newcomers share one bucket").isPresent();
        assertThat(limiter.addresses()).isEqualTo(AddressLimiter.MAX_ADDRESSES + 1);

        advance(60);
        assertThat(limiter.take("late")).isEmpty();
        assertThat(limiter.addresses()).as("buckets full again are forgotten").isLessThanOrEqualTo(2);
    }

    private void advance(long seconds) {
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }
}
