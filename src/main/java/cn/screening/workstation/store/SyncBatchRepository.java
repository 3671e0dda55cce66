package cn.screening.workstation.store;

import cn.screening.workstation.domain.RecordIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The batch in flight: stored before it is sent, deleted in the transaction that applies its answer.
 * Whatever happens in between, the next push sends the same batch id with the same changes.
 */
public final class SyncBatchRepository {

    public record InFlightBatch(UUID batchId, List<UUID> changeIds, int attempts) {
    }

    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() { };
    private final Outbox outbox;

    public SyncBatchRepository(Outbox outbox) {
        this.outbox = outbox;
    }

    public Optional<InFlightBatch> inFlight(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT batch_id, change_ids, attempts FROM sync_batch ORDER BY created_at LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new InFlightBatch(rs.getObject(1, UUID.class), StoreJson.MAPPER.readValue(rs.getString(2), IDS),
                        rs.getInt(3)));
            } catch (JsonProcessingException e) {
                throw new StoreException(StoreException.Kind.CORRUPT, "bad batch record", e);
            }
        }
    }

    /** Takes the oldest waiting changes (as {@link Outbox#nextPending} read them in this transaction) into a new batch. */
    public InFlightBatch start(Tx tx, List<OutboxEntry> oldestPending) throws SQLException {
        List<UUID> changeIds = oldestPending.stream().map(OutboxEntry::changeId).toList();
        UUID batchId = RecordIds.next();
        try (PreparedStatement ps = tx.prepare("INSERT INTO sync_batch (batch_id, change_ids, created_at) VALUES (?, ?, ?)")) {
            ps.setObject(1, batchId);
            ps.setString(2, StoreJson.write(changeIds));
            ps.setObject(3, Tx.toDb(tx.now()));
            ps.executeUpdate();
        }
        outbox.markInFlight(tx, oldestPending, batchId);
        return new InFlightBatch(batchId, List.copyOf(changeIds), 0);
    }

    public void attempted(Tx tx, UUID batchId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE sync_batch SET attempts = attempts + 1 WHERE batch_id = ?")) {
            ps.setObject(1, batchId);
            ps.executeUpdate();
        }
    }

    /** The batch is answered (or was refused unread): it is no longer in flight. */
    public void finish(Tx tx, UUID batchId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("DELETE FROM sync_batch WHERE batch_id = ?")) {
            ps.setObject(1, batchId);
            ps.executeUpdate();
        }
    }
}
