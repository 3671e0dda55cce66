package cn.screening.workstation.store;

import java.time.Instant;
import java.util.List;

/** What a password did at the keyring. */
public sealed interface UnlockResult {

    /** The password was right: the data key, and the failed attempts not yet written to the audit log. */
    record Unlocked(DataKey key, List<Instant> failuresToAudit) implements UnlockResult { }

    /** Wrong password (or no such account: the two are not told apart). */
    record WrongPassword(int attemptsLeft) implements UnlockResult { }

    /** Too many wrong passwords: no attempt is checked until then. */
    record Locked(Instant until) implements UnlockResult { }
}
