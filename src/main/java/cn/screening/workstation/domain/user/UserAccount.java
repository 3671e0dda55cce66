package cn.screening.workstation.domain.user;

import java.time.Instant;

/** A named account of this workstation. Its password lives only in the keyring, as a PBKDF2 derivation. */
public record UserAccount(String username, String displayName, Role role, boolean active, Instant createdAt,
                          Instant lastLoginAt) {
}
