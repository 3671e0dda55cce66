package cn.screening.workstation.server.store;

import cn.screening.workstation.protocol.PulledRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A record as the server stores it.
 *
 * @param fieldVersions field path → version of the last change that set it (the conflict rule reads it)
 * @param ownerSite     the site that owns it; null for reference data, which every device sees
 * @param addressedTo   the site it is sent to (shipments, referrals, results), or null
 */
public record StoredRecord(String entityType, UUID entityId, long version, ObjectNode payload, Map<String, Long> fieldVersions,
                           String ownerSite, String addressedTo, Instant updatedAt, String updatedBySite, boolean deleted) {

    public PulledRecord toPulled() {
        return new PulledRecord(entityType, entityId, version, payload, updatedAt, updatedBySite, deleted);
    }
}
