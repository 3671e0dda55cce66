package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.server.store.PushLedger.AppliedChange;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.SiteRegistry;
import cn.screening.workstation.server.store.StoredRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Judges one pushed change and, when it is accepted, writes it: duplicate, rejected, conflict, or
 * applied (merged onto the server's copy when the edits do not overlap). Reads and writes through
 * the batch's {@link PushView}, inside the batch's transaction with the versions locked.
 */
final class ChangeJudge {

    /** Bytes of the record's JSON as UTF-8 (a Chinese character is three), as the wire and the store count them. */
    static final int MAX_PAYLOAD_BYTES = 256 * 1024;

    private final Map<String, EntityRules> rules;
    private final PatientReferences patients;

    ChangeJudge(DiseaseCatalogue catalogue, SiteRegistry sites, RecordStore records) {
        this.rules = EntityRuleBook.standard(catalogue, sites, records);
        this.patients = new PatientReferences(records);
    }

    /** Counted as Jackson writes it in UTF-8, without building the text (it was a tenth of the push's judging). */
    static int payloadBytes(ObjectNode payload) {
        ByteCounter counter = new ByteCounter();
        try {
            WireJson.MAPPER.writeValue(counter, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    private static final class ByteCounter extends OutputStream {
        int count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    ChangeResult judge(PushView store, Pusher who, Change ch, Instant now) throws SQLException {
        Optional<ChangeResult> refused = refuseShape(ch);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<AppliedChange> earlier = store.applied(ch.changeId());
        if (earlier.isPresent()) {
            return earlier.get().siteCode().equals(who.siteCode()) && earlier.get().entityId().equals(ch.entityId())
                    ? Verdicts.duplicate(ch, earlier.get().version())
                    : Verdicts.rejected(ch, "change_id_taken", "changeId", "此变更编号已被其他记录使用");
        }
        EntityRules type = rules.get(ch.entityType());
        Optional<StoredRecord> existing = store.record(ch.entityType(), ch.entityId());
        ObjectNode payload = payloadOf(ch, existing);
        if (payload == null) {
            return Verdicts.rejected(ch, "payload_required", "payload", "变更缺少记录内容（payload 须为 JSON 对象）");
        }
        if (payloadBytes(payload) > MAX_PAYLOAD_BYTES) {
            return Verdicts.rejected(ch, "payload_too_large", "payload", "单条记录超过 " + MAX_PAYLOAD_BYTES / 1024 + " KB（按UTF-8字节计）");
        }
        List<String> fields = fieldsOf(ch, payload);
        for (String f : fields) {
            if (!FieldPaths.isValid(f)) {
                return Verdicts.rejected(ch, "bad_field", f, "字段名不合法：" + f);
            }
        }
        if (who.bureau()) {
            Optional<ChangeResult> refusal = BureauWrites.refusal(ch, existing, fields);
            if (refusal.isPresent()) {
                return refusal.get();
            }
        }
        if (existing.isEmpty()) {
            return write(store, who, ch, type, payload, fields, null, now);
        }
        StoredRecord server = existing.get();
        if (!who.scope().contains(server.ownerSite()) && !sharer(who, server, type)
                && !asAddressee(who, server, type, fields, ch.deleted())) {
            return Verdicts.rejected(ch, "not_your_record", null, "该记录属于其他机构，本设备无权修改");
        }
        List<String> conflicting = Merge.conflicts(server, ch, payload, fields);
        if (!conflicting.isEmpty()) {
            return Verdicts.conflict(ch, server.toPulled(), conflicting);
        }
        ObjectNode merged = Merge.apply(server.payload(), payload, fields);
        if (merged.equals(server.payload()) && ch.deleted() == server.deleted()) {
            // nothing new (e.g. a create resent under a new change id): keep the version, remember the change id
            store.remember(new AppliedChange(ch.changeId(), who.siteCode(), ch.entityType(), ch.entityId(), server.version()));
            return Verdicts.applied(ch, server.version(), merged.equals(payload) ? null : server.toPulled());
        }
        return write(store, who, ch, type, merged, fields, server, now);
    }

    private Optional<ChangeResult> refuseShape(Change ch) {
        if (ch == null || ch.changeId() == null || ch.entityId() == null) {
            return Optional.of(Verdicts.rejected(ch, "bad_change", null, "变更缺少 changeId 或 entityId"));
        }
        if (ch.entityType() == null || !(EntityTypes.CLIENT_PUSHABLE.contains(ch.entityType())
                || EntityTypes.REFERENCE.contains(ch.entityType()))) {
            return Optional.of(Verdicts.rejected(ch, "unknown_entity_type", "entityType", "服务器不认识此记录类型：" + ch.entityType()));
        }
        if (!rules.containsKey(ch.entityType())) {
            return Optional.of(Verdicts.rejected(ch, "not_pushable", "entityType", "此类记录只能由省级服务器下发：" + ch.entityType()));
        }
        if (ch.baseVersion() < 0) {
            return Optional.of(Verdicts.rejected(ch, "bad_change", "baseVersion", "baseVersion 不能为负数"));
        }
        return Optional.empty();
    }

    /** The payload sent; a deletion may send none, and then deletes the server's copy as it is. */
    private static ObjectNode payloadOf(Change ch, Optional<StoredRecord> existing) {
        if (ch.payload() instanceof ObjectNode o) {
            return o;
        }
        if ((ch.payload() == null || ch.payload().isNull()) && ch.deleted() && existing.isPresent()) {
            return existing.get().payload().deepCopy();
        }
        return null;
    }

    /** The fields the change sets: as listed, or every top-level field when it lists none. */
    private static List<String> fieldsOf(Change ch, ObjectNode payload) {
        if (ch.changedFields() != null && !ch.changedFields().isEmpty()) {
            return ch.changedFields().stream().distinct().toList();
        }
        List<String> all = new ArrayList<>();
        payload.fieldNames().forEachRemaining(all::add);
        return all;
    }

    private ChangeResult write(PushView store, Pusher who, Change ch, EntityRules type, ObjectNode stored, List<String> fields,
                               StoredRecord server, Instant now) throws SQLException {
        List<Reason> reasons = type.check(ch.entityId(), stored, madeAt(ch, now));
        if (!reasons.isEmpty()) {
            return Verdicts.rejected(ch, reasons);
        }
        String owner = type.owner(stored);
        boolean ownerKept = server != null && owner != null && owner.equals(server.ownerSite());
        boolean addressee = ownerKept && (sharer(who, server, type) || asAddressee(who, server, type, fields, ch.deleted()));
        if (!who.scope().contains(owner) && !addressee) {
            return Verdicts.rejected(ch, "not_your_site", null, "记录所属机构 " + owner + " 不在本设备的管辖范围内");
        }
        if (server != null) {
            List<Reason> refused = type.checkUpdate(who, server, stored);
            if (!refused.isEmpty()) {
                return Verdicts.rejected(ch, refused);
            }
        }
        List<Reason> unfit = new ArrayList<>(type.checkAgainstStore(store.connection(), who, server, stored, madeAt(ch, now)));
        if (unfit.isEmpty() && type instanceof PatientRules patientRules) {
            unfit.addAll(patientRules.checkIdentity(store, server, stored));
        }
        if (unfit.isEmpty() && type instanceof LedgerEntryRules ledgerRules) {
            unfit.addAll(ledgerRules.checkWithPatient(store, ch.entityId(), stored, ch.deleted(), madeAt(ch, now)));
        }
        if (unfit.isEmpty() && type instanceof MonthlyReportRules reportRules) {
            unfit.addAll(reportRules.checkDeletion(server, ch.deleted()));
        }
        unfit.addAll(patients.check(store, who, ch.entityType(), stored));
        if (!unfit.isEmpty()) {
            return Verdicts.rejected(ch, unfit);
        }
        long version = store.nextVersion();
        Map<String, Long> fieldVersions = server == null ? new TreeMap<>() : new TreeMap<>(server.fieldVersions());
        Merge.stamp(fieldVersions, server == null ? topLevel(stored) : fields, version);
        if (server != null && server.deleted() != ch.deleted()) {
            fieldVersions.put(FieldPaths.DELETED, version);
        }
        StoredRecord r = new StoredRecord(ch.entityType(), ch.entityId(), version, stored, fieldVersions, owner,
                type.addressedTo(stored), ch.updatedAt() != null ? ch.updatedAt() : now, who.siteCode(), ch.deleted());
        store.write(r, server == null, new AppliedChange(ch.changeId(), who.siteCode(), ch.entityType(), ch.entityId(), version));
        return Verdicts.applied(ch, version, stored.equals(ch.payload()) ? null : r.toPulled());
    }

    /** The record is addressed to the pusher's scope and its type lets an addressee change it all. */
    private static boolean sharer(Pusher who, StoredRecord server, EntityRules type) {
        return type.sharedWithAddressee() && server.addressedTo() != null && who.scope().contains(server.addressedTo());
    }

    /** The record is addressed to the pusher's scope and the change touches only the addressee's fields. */
    private static boolean asAddressee(Pusher who, StoredRecord server, EntityRules type, List<String> fields, boolean deleted) {
        if (deleted || server.addressedTo() == null || !who.scope().contains(server.addressedTo())) {
            return false;
        }
        return !fields.isEmpty() && fields.stream().allMatch(f -> type.addresseeFields().stream()
                .anyMatch(a -> f.equals(a) || f.startsWith(a + ".")));
    }

    /** When the workstation made the change, never later than now (a fast clock does not move a deadline). */
    private static Instant madeAt(Change ch, Instant now) {
        return ch.updatedAt() != null && ch.updatedAt().isBefore(now) ? ch.updatedAt() : now;
    }

    private static List<String> topLevel(ObjectNode payload) {
        List<String> all = new ArrayList<>();
        payload.fieldNames().forEachRemaining(all::add);
        return all;
    }
}
