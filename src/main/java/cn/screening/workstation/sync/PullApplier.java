package cn.screening.workstation.sync;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.store.PullBacklog;
import cn.screening.workstation.store.RecordPayloads;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.store.SyncStore;
import cn.screening.workstation.store.SyncedRecords.LocalRecord;
import cn.screening.workstation.store.Tx;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes pulled records into the store, inside the transaction that also moves the cursor. A record
 * is written as the server has it, except the fields local changes still carry (those stay until the
 * server has them, or a user has picked); it is never queued back. A record that cannot be written
 * yet waits in the backlog instead of stopping the page, with the key of a sentence saying why: the
 * sync report, the status bar and the quarantine screen count and show it, so nothing is parked silently.
 */
final class PullApplier {

    private static final Logger LOG = LoggerFactory.getLogger(PullApplier.class);
    /** Why a pulled record is not stored: keys of the sync bundle, read out by the quarantine screen and the sync command. */
    static final String UNSUPPORTED = "sync.unstored.unsupportedType";
    static final String WAITING_FOR_PATIENT = "sync.unstored.waitingForPatient";
    static final String DUPLICATE_IDENTITY = "sync.unstored.duplicateIdentity";
    static final String CONSTRAINT = "sync.unstored.constraint";
    static final String UNREADABLE = "sync.unstored.unreadable";

    private final SyncStore store;

    PullApplier(SyncStore store) {
        this.store = store;
    }

    /** Applies one page, then retries what waits in the backlog; returns how many records changed here. */
    int applyPage(Tx tx, List<PulledRecord> records) throws SQLException {
        int written = 0;
        for (PulledRecord r : records) {
            written += apply(tx, r);
        }
        for (PullBacklog.Waiting w : store.backlog().all(tx)) {
            if (store.records().handles(w.record().entityType())) {
                written += apply(tx, w.record());
            }
        }
        return written;
    }

    private int apply(Tx tx, PulledRecord r) throws SQLException {
        if (r.entityType() == null || r.entityId() == null) {
            LOG.warn("pulled record without type or id ignored");
            return 0;
        }
        if (EntityTypes.REFERENCE.contains(r.entityType())) {
            store.references().save(tx, r);
            return 1;
        }
        if (!store.records().handles(r.entityType())) {
            // a type this version cannot store yet: kept for the version that can
            store.backlog().park(tx, r, UNSUPPORTED);
            return 0;
        }
        Savepoint sp = tx.connection().setSavepoint();
        try {
            int n = write(tx, r);
            tx.connection().releaseSavepoint(sp);
            return n;
        } catch (SQLException | StoreException | IllegalArgumentException e) {
            tx.connection().rollback(sp);
            String why = reasonOf(r, e);
            // the exception's text may quote the row (an ID number, a name): only its kind is logged
            LOG.warn("pulled {} {} v{} not stored ({}): {}", r.entityType(), r.entityId(), r.version(),
                    e.getClass().getSimpleName(), why);
            store.backlog().park(tx, r, why);
            return 0;
        }
    }

    private int write(Tx tx, PulledRecord r) throws SQLException {
        Optional<LocalRecord> local = store.records().find(tx, r.entityType(), r.entityId());
        if (local.isPresent() && local.get().meta().version() >= r.version()) {
            store.backlog().remove(tx, r);
            return 0;
        }
        JsonNode payload = r.payload();
        if (payload == null || !payload.isObject()) {
            if (local.isEmpty()) {
                throw new IllegalArgumentException("no payload");
            }
            payload = local.get().payload();
        }
        if (store.records().lacksParent(tx, r.entityType(), payload)) {
            store.backlog().park(tx, r, WAITING_FOR_PATIENT);
            return 0;
        }
        SyncMeta meta = new SyncMeta(r.version(), r.updatedAt(), r.updatedBySite(), r.deleted());
        if (local.isPresent()) {
            Set<String> waiting = store.outbox().fieldsWaiting(tx, r.entityType(), r.entityId(),
                    RecordPayloads.allFields(local.get().payload()));
            if (!waiting.isEmpty()) {
                ObjectNode merged = payload.deepCopy();
                RecordPayloads.copyPaths(local.get().payload(), merged, waiting);
                payload = merged;
                SyncMeta lm = local.get().meta();
                meta = new SyncMeta(r.version(), lm.updatedAt(), lm.updatedBySite(), lm.deleted() || r.deleted());
            }
        }
        store.records().write(tx, r.entityType(), payload, meta);
        store.backlog().remove(tx, r);
        return 1;
    }

    private static String reasonOf(PulledRecord r, Exception e) {
        boolean constraint = e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
                || e instanceof StoreException se && se.kind() == StoreException.Kind.CONSTRAINT;
        if (!constraint) {
            return UNREADABLE;
        }
        // the only unique field a pulled patient can collide on is its ID number
        return EntityTypes.PATIENT.equals(r.entityType()) ? DUPLICATE_IDENTITY : CONSTRAINT;
    }
}
