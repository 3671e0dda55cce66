package cn.screening.workstation.service;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.store.OutboxState;
import cn.screening.workstation.store.RecordPayloads;
import cn.screening.workstation.store.StoreJson;
import cn.screening.workstation.store.SyncStore;
import cn.screening.workstation.store.SyncedRecords.LocalRecord;
import cn.screening.workstation.store.Tx;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A patient registered here that the province refused because another site of the county already
 * holds the ID number: listed beside the existing record, and merged into it. The merge re-points
 * every local record of the duplicate to the existing patient and queues them, keeps the duplicate's
 * demographics here under the existing id (the province keeps its own version; this township does
 * not pull another site's patients), and drops the duplicate with its refused create.
 */
public final class PatientMerge implements DuplicatePort {

    /** A refused duplicate as the conflict screen shows it: our record masked, theirs by id and site. */
    public record Duplicate(long seq, UUID localId, String maskedName, String maskedIdNumber, UUID existingId, String existingSite,
                            String existingSiteName) {
    }

    /** Where each record type keeps its patient: table, entity type, payload path. */
    private record Reference(String table, String entityType, String path) {
    }

    private static final List<Reference> REFERENCES = List.of(
            new Reference("screening_case", EntityTypes.CASE, "screeningCase.patientId"),
            new Reference("referral", EntityTypes.REFERRAL, "patientId"),
            new Reference("follow_up", EntityTypes.FOLLOW_UP, "patientId"),
            new Reference("registry_entry", EntityTypes.REGISTRY_ENTRY, "patientId"),
            new Reference("ledger_entry", EntityTypes.LEDGER_ENTRY, "patientId"));

    private final Workspace workspace;

    public PatientMerge(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Quarantined patients the province named a twin for, oldest first. */
    public List<Duplicate> duplicates() {
        return workspace.database().read(tx -> {
            List<Duplicate> out = new ArrayList<>();
            ReferenceData reference = new ReferenceData(workspace);
            for (OutboxEntry e : workspace.syncStore().outbox().inState(tx, OutboxState.QUARANTINED)) {
                Optional<Reason> twin = twinOf(e);
                Optional<Patient> local = twin.isEmpty() ? Optional.empty() : workspace.patients().findById(tx, e.entityId());
                if (local.isPresent()) {
                    Patient p = local.get();
                    String site = twin.get().existingSite();
                    out.add(new Duplicate(e.seq(), p.id(), Masking.name(p.name()), Masking.idNumber(p.idNumber()),
                            twin.get().existingId(), site, reference.siteName(tx, site)));
                }
            }
            return out;
        });
    }

    /** Merges the duplicate of quarantined change {@code seq} into the existing patient, all or nothing. */
    public void merge(long seq) {
        SyncStore store = workspace.syncStore();
        workspace.database().write(workspace.session().actor(), tx -> {
            OutboxEntry e = store.outbox().findBySeq(tx, seq).filter(x -> x.state() == OutboxState.QUARANTINED)
                    .orElseThrow(() -> new ServiceException("sync.quarantine.gone"));
            Reason twin = twinOf(e).orElseThrow(() -> new ServiceException("sync.merge.notDuplicate"));
            Patient dup = workspace.patients().findById(tx, e.entityId()).orElseThrow(() -> new ServiceException("sync.quarantine.gone"));
            if (dup.meta().version() > 0) {
                // the province holds this one already: merging would orphan its records there
                throw new ServiceException("sync.merge.notDuplicate");
            }
            UUID existing = twin.existingId();
            keepExisting(tx, dup, existing, twin.existingSite());
            int moved = 0;
            for (Reference ref : REFERENCES) {
                for (UUID id : referencing(tx, ref.table(), dup.id())) {
                    repoint(tx, ref, id, existing);
                    moved++;
                }
            }
            store.outbox().removeAll(tx, store.outbox().entriesFor(tx, EntityTypes.PATIENT, dup.id()).stream()
                    .map(OutboxEntry::changeId).toList());
            delete(tx, dup.id());
            workspace.audit().append(tx, AuditAction.UPDATE, EntityTypes.PATIENT, dup.id().toString(),
                    "duplicate merged into " + existing + " (" + moved + " records moved, refused create dropped)");
            return null;
        });
    }

    private static Optional<Reason> twinOf(OutboxEntry e) {
        if (!EntityTypes.PATIENT.equals(e.entityType()) || e.reasons() == null) {
            return Optional.empty();
        }
        return e.reasons().stream().filter(Reason::isDuplicatePatient).findFirst();
    }

    /** The existing patient's record here: pulled already (a county sees its townships), or the duplicate's data under its id. */
    private void keepExisting(Tx tx, Patient dup, UUID existing, String site) throws SQLException {
        // the unique ID number moves to the existing record: the duplicate gives it up first
        try (PreparedStatement ps = tx.prepare("UPDATE patient SET id_number = ? WHERE id = ?")) {
            ps.setString(1, "merged-" + dup.id().toString().substring(0, 8));
            ps.setObject(2, dup.id());
            ps.executeUpdate();
        }
        if (workspace.patients().findById(tx, existing).isPresent()) {
            return;
        }
        // version 0: not this workstation's to push; the province's version stays the patient's record
        workspace.patients().writeAsIs(tx, new Patient(existing, dup.name(), dup.idType(), dup.idNumber(), dup.sex(), dup.birthDate(),
                dup.ethnicityCode(), dup.phone(), dup.address(), dup.guardian(), dup.povertyStatus(), dup.insurance(),
                site == null ? dup.registeredSite() : site, new SyncMeta(0, tx.now(), tx.actor().siteCode(), false)));
        workspace.audit().append(tx, AuditAction.CREATE, EntityTypes.PATIENT, existing.toString(), "kept from merged duplicate " + dup.id());
    }

    private void repoint(Tx tx, Reference ref, UUID id, UUID patient) throws SQLException {
        SyncStore store = workspace.syncStore();
        LocalRecord r = store.records().find(tx, ref.entityType(), id).orElseThrow(() -> new SQLException("no " + ref.entityType() + " " + id));
        ObjectNode before = r.payload().deepCopy();
        ObjectNode after = r.payload();
        RecordPayloads.put(after, ref.path(), TextNode.valueOf(patient.toString()));
        SyncMeta m = r.meta();
        store.records().write(tx, ref.entityType(), after, m.touched(tx.now(), tx.actor().siteCode()));
        store.outbox().enqueue(tx, ref.entityType(), id, StoreJson.write(after), m.version(), RecordPayloads.changedFields(before, after));
        workspace.audit().append(tx, AuditAction.UPDATE, ref.entityType(), id.toString(), "patient merged into " + patient);
    }

    private static List<UUID> referencing(Tx tx, String table, UUID patient) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("SELECT id FROM " + table + " WHERE patient_id = ?")) {
            ps.setObject(1, patient);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    private static void delete(Tx tx, UUID patient) throws SQLException {
        try (PreparedStatement ps = tx.prepare("DELETE FROM patient WHERE id = ?")) {
            ps.setObject(1, patient);
            ps.executeUpdate();
        }
    }
}
