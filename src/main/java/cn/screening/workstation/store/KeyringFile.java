package cn.screening.workstation.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The keyring as it is written to disk (JSON): one entry per account, no secret in plain text, and the
 * failed logins per name (decision 0020). Format 1 kept the failures in each entry; they are read once.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record KeyringFile(int format, Map<String, Entry> entries, Lockout lockout, RecoveryWrap recovery) {

    static final int FORMAT = 2;

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(
            String salt,
            int iterations,
            String verifier,
            String wrappedKey,
            Instant lockedUntil,
            List<Instant> unreportedFailures) {

        /** Format 2 writes the account's key only: its failures are kept by name tag in {@link Lockout}. */
        Entry keyOnly() {
            return new Entry(salt, iterations, verifier, wrappedKey, null, null);
        }
    }

    /**
     * @param decoyKey salts the derivation for names that have no account, so they cost what a real one costs
     * @param names    by name tag (a hash of the name, known or not)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lockout(String decoyKey, Map<String, NameRecord> names) { }

    /**
     * @param settled            failures of this name already in the audit log (a count that only grows)
     * @param unreportedFailures the failures since, numbered on from {@code settled}
     * @param lockedUntil        shown for whoever reads the file; a login derives the lock from the failures
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NameRecord(long settled, List<Failure> unreportedFailures, Instant lockedUntil) { }

    record Failure(long n, Instant at) { }
}
