package cn.screening.workstation.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A record as the server holds it. {@code version} is the server-wide sequence number of its last
 * accepted change, so it is also the pull cursor.
 */
public record PulledRecord(String entityType, UUID entityId, long version, JsonNode payload, Instant updatedAt,
                           String updatedBySite, boolean deleted) {
}
