package cn.screening.workstation.service;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.store.OutboxState;
import cn.screening.workstation.store.StoreJson;
import cn.screening.workstation.store.SyncStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes the server refused, each with its reasons. Editing the record re-queues it by itself;
 * {@link #requeue} sends one again unchanged (e.g. after the server's rule was corrected).
 */
public final class Quarantine implements QuarantinePort {

    /** A refused change as a user sees it. */
    public record QuarantinedChange(long seq, String entityType, UUID entityId, List<Reason> reasons, Instant changedAt,
                                    String changedBy) {
    }

    /**
     * A pulled record this workstation could not store, waiting in the pull backlog.
     *
     * @param reasonKey the sync bundle's key for why (see sync.unstored.*)
     */
    public record UnstoredRecord(String entityType, UUID entityId, String reasonKey, Instant updatedAt, String updatedBySite) {
    }

    private final Workspace workspace;

    public Quarantine(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<QuarantinedChange> list() {
        return workspace.database().read(tx -> workspace.syncStore().outbox().inState(tx, OutboxState.QUARANTINED).stream()
                .map(e -> new QuarantinedChange(e.seq(), e.entityType(), e.entityId(), e.reasons() == null ? List.of() : e.reasons(),
                        e.changedAt(), e.changedBy()))
                .toList());
    }

    /** Pulled records not stored here, oldest first: the screen shows them beside the refused ones. */
    public List<UnstoredRecord> unstored() {
        return workspace.database().read(tx -> workspace.syncStore().backlog().all(tx).stream()
                .map(w -> new UnstoredRecord(w.record().entityType(), w.record().entityId(), reasonKey(w.reason()),
                        w.record().updatedAt(), w.record().updatedBySite()))
                .toList());
    }

    // a reason an older version wrote as free text is no sentence to show (and may quote the record)
    private static String reasonKey(String reason) {
        return reason != null && reason.startsWith("sync.unstored.") ? reason : "sync.unstored.unreadable";
    }

    /** The ID number an unstored pulled patient carries, to open the local patient it collides with. */
    /** The ID number of the patient a refused or unstored record is about, for the screen's 查看病例. */
    @Override
    public Optional<String> idNumberOf(String entityType, UUID entityId) {
        return workspace.database().read(tx -> {
            Optional<UUID> patientId = switch (entityType) {
                case EntityTypes.PATIENT -> Optional.of(entityId);
                case EntityTypes.CASE -> workspace.cases().findById(tx, entityId).map(c -> c.patientId());
                default -> Optional.empty();
            };
            if (patientId.isEmpty()) {
                return Optional.<String>empty();
            }
            return workspace.patients().findById(tx, patientId.get()).map(p -> p.idNumber());
        }).or(() -> unstoredIdNumber(entityType, entityId));
    }

    public Optional<String> unstoredIdNumber(String entityType, UUID entityId) {
        return workspace.database().read(tx -> workspace.syncStore().backlog().all(tx).stream()
                .filter(w -> w.record().entityType().equals(entityType) && w.record().entityId().equals(entityId))
                .map(w -> w.record().payload() == null ? "" : w.record().payload().path("idNumber").asText(""))
                .filter(id -> !id.isBlank()).findFirst());
    }

    /** Queues the record again as it now is, under a new change id. */
    public void requeue(long seq) {
        requeue(List.of(seq));
    }

    /**
     * Queues several records again in one transaction: all of them, or none (a rule the province
     * corrected may have refused hundreds at once).
     */
    public void requeue(List<Long> seqs) {
        SyncStore store = workspace.syncStore();
        workspace.database().write(workspace.session().actor(), tx -> {
            for (long seq : seqs) {
                OutboxEntry e = store.outbox().findBySeq(tx, seq).filter(x -> x.state() == OutboxState.QUARANTINED)
                        .orElseThrow(() -> new ServiceException("sync.quarantine.gone"));
                String payload = store.records().find(tx, e.entityType(), e.entityId())
                        .map(r -> StoreJson.write(r.payload())).orElse(e.payload());
                store.outbox().requeue(tx, seq, e.baseVersion(), e.changedFields(), payload);
            }
            return null;
        });
    }
}
