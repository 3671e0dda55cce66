package cn.screening.workstation.sync;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.store.OutboxState;
import cn.screening.workstation.store.RecordPayloads;
import cn.screening.workstation.store.StoreJson;
import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.store.SyncStore;
import cn.screening.workstation.store.SyncedRecords.LocalRecord;
import cn.screening.workstation.store.Tx;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Applies the server's verdict on each change of a batch, inside the transaction that ends the batch. */
final class PushApplier {

    /** How a batch's answer was applied. */
    record Applied(int acknowledged, int conflicts, int rejected) {
    }

    private final SyncStore store;

    PushApplier(SyncStore store) {
        this.store = store;
    }

    Applied apply(Tx tx, UUID batchId, List<ChangeResult> results) throws SQLException {
        int acknowledged = 0;
        int conflicts = 0;
        int rejected = 0;
        Map<UUID, OutboxEntry> inFlight = store.outbox().inFlight(tx, batchId);
        Set<UUID> withMore = store.outbox().recordsWithMoreEntries(tx, batchId);
        Acknowledged plain = new Acknowledged();
        for (ChangeResult r : results) {
            OutboxEntry e = r.changeId() == null ? null : inFlight.remove(r.changeId());
            if (e == null) {
                continue;
            }
            switch (r.status() == null ? cn.screening.workstation.protocol.ChangeStatus.REJECTED : r.status()) {
                case APPLIED, DUPLICATE -> {
                    if (carriesCopy(r.serverRecord()) || withMore.contains(e.entityId())) {
                        acknowledge(tx, e, r.version(), r.serverRecord());
                    } else {
                        plain.add(e, r.version());
                    }
                    acknowledged++;
                }
                case CONFLICT -> {
                    conflict(tx, e, r);
                    conflicts++;
                }
                case REJECTED -> {
                    reject(tx, e, r.reasons() == null ? List.of() : r.reasons());
                    rejected++;
                }
            }
        }
        // every entry answered: the plain acknowledgements are all the batch still has in flight
        plain.write(tx, inFlight.isEmpty() ? batchId : null);
        // a change the server did not answer waits again; its change id keeps it from being applied twice
        store.outbox().returnToQueue(tx, batchId);
        store.batches().finish(tx, batchId);
        return new Applied(acknowledged, conflicts, rejected);
    }

    /**
     * Acknowledged changes of records with nothing else waiting and no copy from the server: they only
     * leave the queue and raise the record's version, which is done for all of them at the end.
     */
    private final class Acknowledged {
        private final List<UUID> changeIds = new ArrayList<>();
        private final Map<String, List<UUID>> idsByType = new LinkedHashMap<>();
        private final Map<String, List<Long>> versionsByType = new LinkedHashMap<>();

        void add(OutboxEntry e, long version) {
            changeIds.add(e.changeId());
            idsByType.computeIfAbsent(e.entityType(), t -> new ArrayList<>()).add(e.entityId());
            versionsByType.computeIfAbsent(e.entityType(), t -> new ArrayList<>()).add(version);
        }

        /** @param wholeBatch the batch when these are all its entries still in flight (one delete), else null */
        void write(Tx tx, UUID wholeBatch) throws SQLException {
            if (wholeBatch != null) {
                store.outbox().removeInFlight(tx, wholeBatch, changeIds.size());
            } else {
                store.outbox().removeAll(tx, changeIds);
            }
            for (Map.Entry<String, List<UUID>> type : idsByType.entrySet()) {
                store.records().raiseVersions(tx, type.getKey(), type.getValue(), versionsByType.get(type.getKey()));
            }
        }
    }

    private static boolean carriesCopy(PulledRecord merged) {
        return merged != null && merged.payload() != null && merged.payload().isObject();
    }

    /**
     * The server has the change. When it merged it with others' edits it sends its copy: that copy is
     * stored (except what later local edits still carry), or the others' edits would never arrive, as
     * pull skips versions already here.
     */
    private void acknowledge(Tx tx, OutboxEntry e, long version, PulledRecord merged) throws SQLException {
        store.outbox().remove(tx, e.changeId());
        store.outbox().rebase(tx, e.entityType(), e.entityId(), e.baseVersion(), version);
        Optional<LocalRecord> local = store.records().find(tx, e.entityType(), e.entityId());
        if (merged != null && merged.payload() != null && merged.payload().isObject() && local.isPresent()) {
            ObjectNode payload = merged.payload().deepCopy();
            RecordPayloads.copyPaths(local.get().payload(), payload, store.outbox().fieldsWaiting(tx, e.entityType(), e.entityId(),
                    RecordPayloads.allFields(local.get().payload())));
            SyncMeta lm = local.get().meta();
            store.records().write(tx, e.entityType(), payload,
                    new SyncMeta(Math.max(version, lm.version()), lm.updatedAt(), lm.updatedBySite(), lm.deleted()));
        } else {
            store.records().raiseVersion(tx, e.entityType(), e.entityId(), version);
        }
    }

    /**
     * Same fields changed on both sides: each is recorded with both values, the server's other fields
     * are taken, the local values stay in place, and the change (with any later edit of the record)
     * waits until a user has picked every field.
     */
    private void conflict(Tx tx, OutboxEntry e, ChangeResult r) throws SQLException {
        Optional<LocalRecord> local = store.records().find(tx, e.entityType(), e.entityId());
        PulledRecord server = r.serverRecord();
        if (local.isEmpty() || server == null || server.payload() == null || !server.payload().isObject()) {
            reject(tx, e, List.of(new Reason("conflict_without_copy", null, null)));
            return;
        }
        ObjectNode localPayload = local.get().payload();
        List<String> fields = e.changedFields() == null ? RecordPayloads.allFields(localPayload) : e.changedFields();
        for (OutboxEntry later : store.outbox().entriesFor(tx, e.entityType(), e.entityId())) {
            if (later.state() == OutboxState.PENDING) {
                fields = Outbox.union(fields, later.changedFields() == null ? RecordPayloads.allFields(localPayload) : later.changedFields());
                store.outbox().remove(tx, later.changeId());
            }
        }
        ObjectNode merged = server.payload().deepCopy();
        RecordPayloads.copyPaths(localPayload, merged, fields);
        SyncMeta lm = local.get().meta();
        store.records().write(tx, e.entityType(), merged,
                new SyncMeta(Math.max(server.version(), lm.version()), lm.updatedAt(), lm.updatedBySite(), lm.deleted()));
        Set<String> clashing = new LinkedHashSet<>(r.conflictingFields() == null || r.conflictingFields().isEmpty()
                ? fields : r.conflictingFields());
        for (String f : clashing) {
            store.conflicts().add(tx, new SyncConflict(UUID.randomUUID(), e.changeId(), e.entityType(), e.entityId(), f,
                    json(RecordPayloads.valueAt(localPayload, f)), json(RecordPayloads.valueAt(server.payload(), f)), e.changedBy(), lm.updatedBySite(), e.changedAt(),
                    server.updatedBySite(), server.updatedAt(), server.version(), tx.now(), false, null, null, null));
        }
        store.outbox().rewrite(tx, e.seq(), StoreJson.write(merged), new ArrayList<>(fields));
        store.outbox().hold(tx, e.changeId());
    }

    /** Refused: quarantined with the reasons, unless the user has edited the record since (that edit re-queues it). */
    private void reject(Tx tx, OutboxEntry e, List<Reason> reasons) throws SQLException {
        for (OutboxEntry later : store.outbox().entriesFor(tx, e.entityType(), e.entityId())) {
            if (later.state() == OutboxState.PENDING) {
                store.outbox().rewrite(tx, later.seq(), later.payload(), Outbox.union(later.changedFields(), e.changedFields()));
                store.outbox().remove(tx, e.changeId());
                return;
            }
        }
        store.outbox().quarantine(tx, e.changeId(), reasons);
    }

    private static String json(JsonNode value) {
        return value == null ? null : StoreJson.write(value);
    }
}
