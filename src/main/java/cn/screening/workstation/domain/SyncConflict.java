package cn.screening.workstation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One field changed here and at the server since the version this workstation edited from.
 *
 * @param changeId      the held local change this conflict belongs to
 * @param localValue    the local value, as JSON
 * @param serverValue   the server's value, as JSON
 * @param serverVersion the server's version of the record when the conflict was found
 * @param resolution    LOCAL or SERVER once a user picked
 */
public record SyncConflict(UUID id, UUID changeId, String entityType, UUID entityId, String field, String localValue,
                           String serverValue, String localUser, String localSite, Instant localAt, String serverSite,
                           Instant serverAt, long serverVersion, Instant detectedAt, boolean resolved, String resolution,
                           String resolvedBy, Instant resolvedAt) {
}
