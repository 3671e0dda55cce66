package cn.screening.workstation.service;

import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.store.OutboxState;
import cn.screening.workstation.store.RecordPayloads;
import cn.screening.workstation.store.StoreJson;
import cn.screening.workstation.store.SyncStore;
import cn.screening.workstation.store.SyncedRecords.LocalRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * Fields changed here and at the server: listed with who changed what and when on both sides, and
 * resolved by a user's pick. Once every field of a held change is picked, the record goes to the
 * server as a new change made from the server's version.
 */
public final class SyncConflicts implements ConflictPort {

    /** Which side's value wins. */
    public enum Pick { LOCAL, SERVER }

    private final Workspace workspace;

    public SyncConflicts(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Conflicts waiting for a user, oldest first. */
    public List<SyncConflict> open() {
        return workspace.database().read(tx -> workspace.syncStore().conflicts().open(tx));
    }

    /** Writes the picked value into the record; when it was the change's last open field, queues the change again. */
    public void resolve(UUID conflictId, Pick pick) {
        SyncStore store = workspace.syncStore();
        workspace.database().write(workspace.session().actor(), tx -> {
            SyncConflict c = store.conflicts().find(tx, conflictId).filter(x -> !x.resolved())
                    .orElseThrow(() -> new ServiceException("sync.conflict.gone"));
            LocalRecord local = store.records().find(tx, c.entityType(), c.entityId())
                    .orElseThrow(() -> new ServiceException("sync.conflict.gone"));
            ObjectNode payload = local.payload();
            String chosen = pick == Pick.LOCAL ? c.localValue() : c.serverValue();
            RecordPayloads.put(payload, c.field(), chosen == null ? NullNode.getInstance() : RecordPayloads.parse(chosen));
            SyncMeta m = local.meta();
            store.records().write(tx, c.entityType(), payload, new SyncMeta(m.version(), tx.now(), tx.actor().siteCode(), m.deleted()));
            store.conflicts().resolve(tx, conflictId, pick.name());
            workspace.audit().append(tx, AuditAction.UPDATE, c.entityType(), c.entityId().toString(),
                    "conflict " + c.field() + " -> " + pick.name());
            List<SyncConflict> ofChange = store.conflicts().ofChange(tx, c.changeId());
            OutboxEntry held = store.outbox().find(tx, c.changeId()).filter(e -> e.state() == OutboxState.CONFLICT)
                    .orElseThrow(() -> new ServiceException("sync.conflict.gone"));
            String payloadJson = StoreJson.write(payload);
            if (ofChange.stream().anyMatch(x -> !x.resolved())) {
                store.outbox().rewrite(tx, held.seq(), payloadJson, held.changedFields());
                return null;
            }
            long serverVersion = ofChange.stream().mapToLong(SyncConflict::serverVersion).min().orElse(m.version());
            List<String> fields = Outbox.union(held.changedFields(), ofChange.stream().map(SyncConflict::field).toList());
            store.outbox().requeue(tx, held.seq(), serverVersion, fields, payloadJson);
            return null;
        });
    }

    /** The value as a user reads it: text without JSON quotes, empty for none. */
    public static String display(String jsonValue) {
        if (jsonValue == null) {
            return "";
        }
        JsonNode node = RecordPayloads.parse(jsonValue);
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
