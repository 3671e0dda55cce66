package cn.screening.workstation.store;

import cn.screening.workstation.protocol.Reason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change waiting for the server.
 *
 * @param changedFields the payload fields this change sets; null = all of them (a new record)
 * @param batchId       the batch it travels in while {@link OutboxState#IN_FLIGHT}
 * @param reasons       the server's reasons while {@link OutboxState#QUARANTINED}
 */
public record OutboxEntry(long seq, UUID changeId, String entityType, UUID entityId, String payload, Instant createdAt,
                          OutboxState state, int attempts, long baseVersion, List<String> changedFields, UUID batchId,
                          List<Reason> reasons, String changedBy, Instant changedAt) {
}
