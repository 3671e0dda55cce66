package cn.screening.workstation.store;

import java.time.Duration;

/** How many wrong passwords lock an account, and for how long (default 5 and 5 minutes). */
public record LockoutPolicy(int maxAttempts, Duration lockFor, int pbkdf2Iterations) {

    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(5), 210_000);
}
