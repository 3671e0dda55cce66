package cn.screening.workstation.store;

import cn.screening.workstation.domain.RecordIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The batches in flight (at most two: one with the server, the next taken meanwhile): each stored before
 * it is sent, deleted in the transaction that applies its answer. Whatever happens in between, the next
 * push sends the same batch ids with the same changes, oldest first.
 */
public final class SyncBatchRepository {

    public record InFlightBatch(UUID batchId, List<UUID> changeIds, int attempts) {
    }

    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() { };
    private final Outbox outbox;

    public SyncBatchRepository(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The oldest batch in flight. */
    public Optional<InFlightBatch> inFlight(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT batch_id, change_ids, attempts FROM sync_batch ORDER BY created_at LIMIT 1")) {
            return read(ps);
        }
    }

    /** The oldest batch in flight other than {@code batchId} (the one being sent while the next is taken). */
    public Optional<InFlightBatch> inFlightBesides(Tx tx, UUID batchId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT batch_id, change_ids, attempts FROM sync_batch WHERE batch_id <> ?"
                + " ORDER BY created_at LIMIT 1")) {
            ps.setObject(1, batchId);
            return read(ps);
        }
    }

    private static Optional<InFlightBatch> read(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
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

    /**
     * Takes the oldest waiting changes (as {@link Outbox#nextPending} read them in this transaction) into a new batch,
     * stamped after every batch still in flight (a clock that stands still or steps back does not reorder them).
     */
    public InFlightBatch start(Tx tx, List<OutboxEntry> oldestPending) throws SQLException {
        List<UUID> changeIds = oldestPending.stream().map(OutboxEntry::changeId).toList();
        UUID batchId = RecordIds.next();
        Instant at = tx.now();
        try (PreparedStatement ps = tx.prepare("SELECT MAX(created_at) FROM sync_batch"); ResultSet rs = ps.executeQuery()) {
            Instant latest = rs.next() ? Tx.fromDb(rs.getObject(1)) : null;
            if (latest != null && !at.isAfter(latest)) {
                at = latest.plusMillis(1);
            }
        }
        try (PreparedStatement ps = tx.prepare("INSERT INTO sync_batch (batch_id, change_ids, created_at) VALUES (?, ?, ?)")) {
            ps.setObject(1, batchId);
            ps.setString(2, StoreJson.write(changeIds));
            ps.setObject(3, Tx.toDb(at));
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
