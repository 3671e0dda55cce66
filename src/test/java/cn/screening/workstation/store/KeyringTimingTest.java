package cn.screening.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name without an account costs what a wrong password of a real one costs: one PBKDF2 derivation at
 * the same iteration count (counted), and so about the same time (measured, with a generous bound).
 */
class KeyringTimingTest {

    static final LockoutPolicy REAL_COST = new LockoutPolicy(1_000, Duration.ofMinutes(5), 60_000);
    @TempDir
    Path dir;

    @Test
    void aNameWithoutAnAccountSpendsTheSameDerivationAsAWrongPassword() {
        Keyring ring = Keyring.empty(dir, REAL_COST, new SecureRandom());
        ring.put("doctor", "right-password-1".toCharArray(), DataKey.generate(new SecureRandom()));
        Instant t = Instant.parse("2026-12-07T08:00:00Z");
        long before = ring.derivations();
        ring.unlock("doctor", "wrong-pass-1".toCharArray(), t);
        long known = ring.derivations() - before;
        ring.unlock("nobody", "wrong-pass-1".toCharArray(), t);
        long unknown = ring.derivations() - before - known;
        assertThat(known).isEqualTo(1);
        assertThat(unknown).isEqualTo(known);

        long[] knownNanos = new long[7];
        long[] unknownNanos = new long[7];
        for (int i = 0; i < knownNanos.length; i++) { // interleaved, so a busy moment of the machine hits both
            long s = System.nanoTime();
            ring.unlock("doctor", "wrong-pass-1".toCharArray(), t);
            knownNanos[i] = System.nanoTime() - s;
            s = System.nanoTime();
            ring.unlock("nobody-" + i, "wrong-pass-1".toCharArray(), t);
            unknownNanos[i] = System.nanoTime() - s;
        }
        double ratio = (double) median(unknownNanos) / median(knownNanos);
        assertThat(ratio).as("unknown/known median time").isBetween(0.5, 2.0);
    }

    static long median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
