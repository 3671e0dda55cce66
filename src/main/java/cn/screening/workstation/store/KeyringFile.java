package cn.screening.workstation.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The keyring as it is written to disk (JSON): one entry per account, no secret in plain text. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KeyringFile(int format, Map<String, Entry> entries, RecoveryWrap recovery) {

    KeyringFile(int format, Map<String, Entry> entries) {
        this(format, entries, null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(
            String salt,
            int iterations,
            String verifier,
            String wrappedKey,
            int failedAttempts,
            Instant lockedUntil,
            List<Instant> unreportedFailures) {

        Entry withFailures(int failed, Instant until, List<Instant> unreported) {
            return new Entry(salt, iterations, verifier, wrappedKey, failed, until, unreported);
        }
    }
}
