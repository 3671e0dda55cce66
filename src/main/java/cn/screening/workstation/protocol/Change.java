package cn.screening.workstation.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change pushed by a client.
 *
 * @param changeId      client-made, unique per change: the server's idempotency key for it
 * @param baseVersion   the record's version the client edited from; 0 for a new record
 * @param changedFields the payload fields this change sets (all of them for a new record)
 * @param payload       the whole record as the client now has it
 */
public record Change(UUID changeId, String entityType, UUID entityId, long baseVersion, List<String> changedFields,
                     JsonNode payload, Instant updatedAt, String updatedBySite, boolean deleted) {
}
