package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.StoredRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A record may name a patient another site of the same county registered: that is how a
 * workstation merges its duplicate into the county's existing patient. A patient of another
 * county stays out of reach (counties never see each other's records); a designated hospital,
 * serving every county, is not bound by this.
 */
final class PatientReferences {

    /** Where each record type names its patient. */
    private static final Map<String, String> PATIENT_FIELD = Map.of(
            EntityTypes.CASE, "screeningCase.patientId",
            EntityTypes.REFERRAL, "patientId",
            EntityTypes.FOLLOW_UP, "patientId",
            EntityTypes.REGISTRY_ENTRY, "patientId",
            EntityTypes.LEDGER_ENTRY, "patientId");

    private final PatientIdentities identities;
    private final RecordStore records;

    PatientReferences(RecordStore records) {
        this.identities = new PatientIdentities();
        this.records = records;
    }

    List<Reason> check(PushView store, Pusher who, String entityType, ObjectNode payload) throws SQLException {
        String field = PATIENT_FIELD.get(entityType);
        String id = field == null ? null : EntityRules.text(payload, field);
        UUID patientId = parse(id);
        if (patientId == null) {
            return List.of();
        }
        // the batch's view holds the batch's own records; a patient pushed earlier is in the store
        Optional<StoredRecord> patient = store.record(EntityTypes.PATIENT, patientId);
        if (patient.isEmpty()) {
            patient = records.find(store.connection(), EntityTypes.PATIENT, patientId);
        }
        if (patient.isEmpty() || patient.get().ownerSite() == null || who.scope().contains(patient.get().ownerSite())
                || !identities.countyBound(store, who.siteCode())
                || identities.sameCounty(store, who.siteCode(), patient.get().ownerSite())) {
            return List.of();
        }
        return List.of(new Reason("patient_out_of_county", field, "所指患者由本县（区）以外的机构登记，不能引用：" + patientId));
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
