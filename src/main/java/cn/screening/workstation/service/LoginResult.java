package cn.screening.workstation.service;

import java.time.Instant;

/** What a login attempt gave. */
public sealed interface LoginResult {

    record Success(Workspace workspace) implements LoginResult { }

    record WrongPassword(int attemptsLeft) implements LoginResult { }

    record Locked(Instant until) implements LoginResult { }

    /** The password was right but the account is switched off (or was never finished). */
    record Inactive() implements LoginResult { }
}
