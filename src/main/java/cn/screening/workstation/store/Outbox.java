package cn.screening.workstation.store;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.protocol.Reason;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Changes waiting to be pushed to the provincial server, queued in the same transaction as the change.
 * A record has at most one entry that is not in flight: a later edit folds into it, so the server never
 * sees two changes of one record made from the same base.
 */
public final class Outbox extends OutboxReads {

    /**
     * Queues a change. An edit of a record that already waits folds into the waiting entry (fields
     * united, base kept); a quarantined record edited by the user goes back to the queue under a new
     * change id; one held in conflict stays held.
     *
     * @param changedFields the fields the edit set; null for a new record (all of them)
     */
    public void enqueue(Tx tx, String entityType, UUID entityId, String payloadJson, long baseVersion,
                        List<String> changedFields) throws SQLException {
        Optional<OutboxEntry> waiting = latestNotInFlight(tx, entityType, entityId);
        if (waiting.isEmpty()) {
            enqueueNew(tx, entityType, List.of(new NewEntry(entityId, payloadJson, changedFields)), baseVersion);
            return;
        }
        OutboxEntry e = waiting.get();
        List<String> fields = union(e.changedFields(), changedFields);
        boolean requeue = e.state() == OutboxState.QUARANTINED;
        // the server has answered the quarantined change id once; the fixed record travels under a new one
        try (PreparedStatement ps = tx.prepare("UPDATE outbox SET payload = ?, changed_fields = ?, changed_by = ?, changed_at = ?,"
                + " state = ?, change_id = ?, reasons = ?, attempts = ? WHERE seq = ?")) {
            ps.setString(1, payloadJson);
            ps.setString(2, fieldsJson(fields));
            ps.setString(3, tx.actor().username());
            ps.setObject(4, Tx.toDb(tx.now()));
            ps.setString(5, requeue ? OutboxState.PENDING.name() : e.state().name());
            ps.setObject(6, requeue ? RecordIds.next() : e.changeId());
            ps.setString(7, requeue ? null : reasonsJson(e.reasons()));
            ps.setInt(8, requeue ? 0 : e.attempts());
            ps.setLong(9, e.seq());
            ps.executeUpdate();
        }
    }

    /** An entry to add for a record that has none waiting: its payload and the fields its change sets (null: all of them). */
    public record NewEntry(UUID entityId, String payloadJson, List<String> changedFields) {
    }

    /** Queues the creation of records that are new here (no entry can be waiting for them), as one statement batch. */
    public void enqueueNew(Tx tx, String entityType, List<NewEntry> records) throws SQLException {
        enqueueNew(tx, entityType, records, 0);
    }

    private void enqueueNew(Tx tx, String entityType, List<NewEntry> records, long baseVersion) throws SQLException {
        try (PreparedStatement ps = tx.prepare("INSERT INTO outbox (change_id, entity_type, entity_id, payload, created_at,"
                + " base_version, changed_fields, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewEntry r : records) {
                ps.setObject(1, RecordIds.next());
                ps.setString(2, entityType);
                ps.setObject(3, r.entityId());
                ps.setString(4, r.payloadJson());
                ps.setObject(5, Tx.toDb(tx.now()));
                ps.setLong(6, baseVersion);
                ps.setString(7, fieldsJson(r.changedFields()));
                ps.setString(8, tx.actor().username());
                ps.setObject(9, Tx.toDb(tx.now()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Takes the oldest waiting changes, as {@link #nextPending} just read them in this transaction,
     * into a batch with one statement: they are exactly the waiting rows between the first's and the
     * last's seq. Fails if the queue is not as read.
     */
    public void markInFlight(Tx tx, List<OutboxEntry> oldestPending, UUID batchId) throws SQLException {
        if (oldestPending.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = tx.prepare("UPDATE outbox SET state = 'IN_FLIGHT', batch_id = ?, attempts = attempts + 1"
                + " WHERE state = 'PENDING' AND seq BETWEEN ? AND ?")) {
            ps.setObject(1, batchId);
            ps.setLong(2, oldestPending.get(0).seq());
            ps.setLong(3, oldestPending.get(oldestPending.size() - 1).seq());
            int taken = ps.executeUpdate();
            if (taken != oldestPending.size()) {
                throw new SQLException("took " + taken + " waiting changes into batch " + batchId + ", expected " + oldestPending.size());
            }
        }
    }

    /** A batch the server refused as a whole without reading it: its changes wait again, unsent. */
    public void returnToQueue(Tx tx, UUID batchId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE outbox SET state = 'PENDING', batch_id = NULL WHERE batch_id = ?"
                + " AND state = 'IN_FLIGHT'")) {
            ps.setObject(1, batchId);
            ps.executeUpdate();
        }
    }

    /** The server has the change: it leaves the queue. */
    public void remove(Tx tx, UUID changeId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("DELETE FROM outbox WHERE change_id = ?")) {
            ps.setObject(1, changeId);
            ps.executeUpdate();
        }
    }

    /** The server has these changes: they leave the queue, with one JDBC batch. */
    public void removeAll(Tx tx, List<UUID> changeIds) throws SQLException {
        try (PreparedStatement ps = tx.prepare("DELETE FROM outbox WHERE change_id = ?")) {
            for (UUID id : changeIds) {
                ps.setObject(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The server has every change still in flight in this batch: they leave the queue with one
     * statement, by the batch's index. Fails (and the transaction with it) unless exactly
     * {@code expected} entries were in flight.
     */
    public void removeInFlight(Tx tx, UUID batchId, int expected) throws SQLException {
        try (PreparedStatement ps = tx.prepare("DELETE FROM outbox WHERE batch_id = ? AND state = 'IN_FLIGHT'")) {
            ps.setObject(1, batchId);
            int removed = ps.executeUpdate();
            if (removed != expected) {
                throw new SQLException("removed " + removed + " changes of batch " + batchId + ", expected " + expected);
            }
        }
    }

    /**
     * An acknowledged change moved the record from {@code fromBase} to {@code version}: the record's
     * later edits were made on top of it, so they now start from the new version.
     */
    public void rebase(Tx tx, String entityType, UUID entityId, long fromBase, long version) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE outbox SET base_version = ? WHERE entity_type = ? AND entity_id = ?"
                + " AND state <> 'IN_FLIGHT' AND base_version = ?")) {
            ps.setLong(1, version);
            ps.setString(2, entityType);
            ps.setObject(3, entityId);
            ps.setLong(4, fromBase);
            ps.executeUpdate();
        }
    }

    /** Replaces what an entry carries, keeping its id, state and base (a later edit folded into it). */
    public void rewrite(Tx tx, long seq, String payloadJson, List<String> changedFields) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE outbox SET payload = ?, changed_fields = ? WHERE seq = ?")) {
            ps.setString(1, payloadJson);
            ps.setString(2, fieldsJson(changedFields));
            ps.setLong(3, seq);
            ps.executeUpdate();
        }
    }

    public void quarantine(Tx tx, UUID changeId, List<Reason> reasons) throws SQLException {
        setState(tx, changeId, OutboxState.QUARANTINED, reasonsJson(reasons));
    }

    public void hold(Tx tx, UUID changeId) throws SQLException {
        setState(tx, changeId, OutboxState.CONFLICT, null);
    }

    /** Puts an entry back in the queue under a new change id (the server answered the old one). */
    public UUID requeue(Tx tx, long seq, long baseVersion, List<String> changedFields, String payloadJson) throws SQLException {
        UUID fresh = RecordIds.next();
        try (PreparedStatement ps = tx.prepare("UPDATE outbox SET state = 'PENDING', change_id = ?, batch_id = NULL, reasons = NULL,"
                + " attempts = 0, base_version = ?, changed_fields = ?, payload = ?, changed_by = ?, changed_at = ? WHERE seq = ?")) {
            ps.setObject(1, fresh);
            ps.setLong(2, baseVersion);
            ps.setString(3, fieldsJson(changedFields));
            ps.setString(4, payloadJson);
            ps.setString(5, tx.actor().username());
            ps.setObject(6, Tx.toDb(tx.now()));
            ps.setLong(7, seq);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no outbox entry " + seq);
            }
        }
        return fresh;
    }

    private void setState(Tx tx, UUID changeId, OutboxState state, String reasons) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE outbox SET state = ?, batch_id = NULL, reasons = ? WHERE change_id = ?")) {
            ps.setString(1, state.name());
            ps.setString(2, reasons);
            ps.setObject(3, changeId);
            ps.executeUpdate();
        }
    }

    public static List<String> union(List<String> a, List<String> b) {
        if (a == null || b == null) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    static String fieldsJson(List<String> fields) {
        return fields == null ? null : StoreJson.write(fields);
    }

    private static String reasonsJson(List<Reason> reasons) {
        return reasons == null ? null : StoreJson.write(reasons);
    }

}
