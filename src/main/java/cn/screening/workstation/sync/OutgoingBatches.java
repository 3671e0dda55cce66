package cn.screening.workstation.sync;

import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.store.Actor;
import cn.screening.workstation.store.ConsentHolds;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.store.RecordPayloads;
import cn.screening.workstation.store.SyncBatchRepository.InFlightBatch;
import cn.screening.workstation.store.SyncStore;
import cn.screening.workstation.store.Tx;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Which batch of the outbox goes to the server next, and each of its changes as it is sent. */
final class OutgoingBatches {

    /** A batch about to be sent: stored as in flight, counted as attempted, with its changes as stored. */
    record Outgoing(InFlightBatch batch, List<OutboxEntry> entries) {
    }

    private final SyncStore store;
    private final BatchSizer sizer;
    private final Actor actor;

    OutgoingBatches(SyncStore store, BatchSizer sizer, Actor actor) {
        this.store = store;
        this.sizer = sizer;
        this.actor = actor;
    }

    /**
     * The next batch to send, counted as attempted: a batch stored in flight (oldest first) other than
     * {@code sending}, or else the oldest waiting changes, taken into a new batch. While
     * {@code sending} is with the server, the new batch stops before the first change of a record it
     * carries: that change must wait for the answer (its base version moves with it).
     */
    Outgoing take(Tx tx, Outgoing sending) throws SQLException {
        Optional<InFlightBatch> open = sending == null ? store.batches().inFlight(tx)
                : store.batches().inFlightBesides(tx, sending.batch().batchId());
        if (open.isPresent()) {
            store.batches().attempted(tx, open.get().batchId());
            return new Outgoing(open.get(), store.outbox().findAll(tx, open.get().changeIds()));
        }
        // a minor's records wait for the guardian's consent (rule 10): the server would refuse them anyway
        Set<UUID> held = ConsentHolds.heldRecords(tx, ConsentHolds.today(tx));
        List<OutboxEntry> waiting = store.outbox().nextPending(tx, sending == null ? sizer.size() : sizer.sizeAhead(), held);
        if (sending != null) {
            Set<RecordKey> busy = new HashSet<>();
            sending.entries().forEach(e -> busy.add(RecordKey.of(e)));
            int free = 0;
            while (free < waiting.size() && !busy.contains(RecordKey.of(waiting.get(free)))) {
                free++;
            }
            waiting = waiting.subList(0, free);
        }
        if (waiting.isEmpty()) {
            return null;
        }
        InFlightBatch started = store.batches().start(tx, waiting);
        store.batches().attempted(tx, started.batchId());
        // what is sent is what was read: taking entries into a batch changes only their state
        return new Outgoing(started, List.copyOf(waiting));
    }

    /** A queued entry as it is sent: RecordPayloads splits off the metadata a tombstone (or an old entry) carries inside. */
    Change change(OutboxEntry e) {
        RecordPayloads.Queued queued = RecordPayloads.unqueue(RecordPayloads.parse(e.payload()));
        JsonNode payload = queued.payload();
        List<String> fields = e.changedFields() == null ? RecordPayloads.allFields(payload) : e.changedFields();
        return new Change(e.changeId(), e.entityType(), e.entityId(), e.baseVersion(), fields, payload,
                e.changedAt() != null ? e.changedAt() : e.createdAt(), queued.meta().path("updatedBySite").asText(actor.siteCode()),
                queued.meta().path("deleted").asBoolean(false));
    }

    private record RecordKey(String entityType, UUID entityId) {
        static RecordKey of(OutboxEntry e) {
            return new RecordKey(e.entityType(), e.entityId());
        }
    }
}
