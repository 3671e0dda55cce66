package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.identity.IdNumberPolicy;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.StoredRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A patient (domain.patient.Patient as JSON): owned by the site that registered it, held to the
 * workstation's own {@link cn.screening.workstation.domain.patient.PatientRules}, and one per ID
 * number within a county (the county and its townships).
 */
final class PatientRules implements EntityRules {

    /** The domain's field names (the form's) and where each lives in the payload. */
    private static final Map<String, String> PAYLOAD_FIELDS = Map.of(
            "id_number", "idNumber", "id_type", "idType", "birth_date", "birthDate", "ethnicity", "ethnicityCode",
            "township", "address.townshipCode", "village", "address.villageCode", "poverty_status", "povertyStatus");
    // the province's day: a birth "today" in Beijing is not a future date
    private static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Shanghai");

    private final cn.screening.workstation.domain.patient.PatientRules domain;
    private final PatientIdentities identities = new PatientIdentities();

    PatientRules(DivisionCatalogue divisions, IdNumberPolicy policy) {
        this.domain = new cn.screening.workstation.domain.patient.PatientRules(divisions, policy);
    }

    @Override
    public String owner(JsonNode payload) {
        return EntityRules.text(payload, "registeredSite");
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload, Instant at) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String field : List.of("name", "idType", "idNumber", "registeredSite")) {
            EntityRules.require(payload, field, out);
        }
        if (!out.isEmpty()) {
            return out;
        }
        Optional<Patient> patient = DomainChecks.read(payload, Patient.class, out);
        // the county warning is the workstation user's to acknowledge: the server judges errors only, and
        // accepts what an imported list leaves empty, as the workstation's import does
        patient.ifPresent(p -> DomainChecks.addErrors(domain.validateRecord(p, null, LocalDate.ofInstant(at, PROVINCE_ZONE)),
                PAYLOAD_FIELDS, out));
        return out;
    }

    /**
     * One patient per ID number within a county: against the patients the store holds, then against
     * those written earlier in the same batch, which the store does not hold yet (two new patients of
     * one county with one ID number in one push are not both taken).
     */
    List<Reason> checkIdentity(PushView batch, StoredRecord before, ObjectNode after) throws SQLException {
        if (!identityChanged(before, after)) {
            return List.of();
        }
        UUID self = before != null ? before.entityId() : idOf(after);
        Optional<PatientIdentities.Twin> twin = identities.twin(batch, owner(after), EntityRules.text(after, "idType"),
                EntityRules.text(after, "idNumber"), self);
        if (twin.isEmpty()) {
            String key = RecordStore.identityKey(EntityTypes.PATIENT, after);
            Optional<PatientIdentities.Twin> staged = key == null ? Optional.empty() : batch.stagedPatient(key, self);
            if (staged.isPresent() && identities.sameCounty(batch, owner(after), staged.get().site())) {
                twin = staged;
            }
        }
        return twin.isEmpty() ? List.of() : duplicate(batch, twin.get());
    }

    private static boolean identityChanged(StoredRecord before, ObjectNode after) {
        return before == null || !EntityRules.text(after, "idNumber").equals(EntityRules.text(before.payload(), "idNumber"))
                || !EntityRules.text(after, "idType").equals(EntityRules.text(before.payload(), "idType"));
    }

    private static List<Reason> duplicate(PushView batch, PatientIdentities.Twin twin) throws SQLException {
        String where = batch.sites().find(twin.site()).map(SiteInfo::name).orElse(twin.site());
        return List.of(new Reason(PatientIdentities.DUPLICATE, "idNumber", "该证件号码已由本县（区）另一患者登记（已有记录 "
                + twin.id() + "，登记机构：" + where + "），请勿重复建档；请在工作站合并为同一患者", twin.id(), twin.site()));
    }

    // check() has made sure a payload id, when there is one, is the change's entity id
    private static UUID idOf(ObjectNode payload) {
        String id = EntityRules.text(payload, "id");
        return id == null ? new UUID(0, 0) : UUID.fromString(id);
    }
}
