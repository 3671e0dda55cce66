package cn.screening.workstation.server;

import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.WireJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payloads shaped like the client's (Patient, CaseRepository.CasePayload) and changes carrying them. */
public final class Records {

    private Records() {
    }

    public static ObjectNode patient(UUID id, String name, String site) {
        ObjectNode p = WireJson.MAPPER.createObjectNode();
        p.put("id", id.toString());
        p.put("name", name);
        p.put("idType", "RESIDENT_ID");
        p.put("idNumber", "210727199001011234");
        p.put("sex", "MALE");
        p.put("birthDate", "1990-01-01");
        p.put("phone", "13800000000");
        p.putObject("address").put("county", "210727").put("township", "210727101").put("detail", "七里河村");
        p.put("registeredSite", site);
        p.putObject("meta").put("version", 0).put("updatedAt", "2026-11-01T08:00:00Z").put("updatedBySite", site).put("deleted", false);
        return p;
    }

    public static ObjectNode caseOf(UUID id, UUID patientId, String site, String disease) {
        ObjectNode c = WireJson.MAPPER.createObjectNode();
        c.put("caseNo", "C-" + id.toString().substring(0, 8));
        ObjectNode s = c.putObject("screeningCase");
        s.put("id", id.toString());
        s.put("patientId", patientId.toString());
        s.put("diseaseCode", disease);
        s.put("status", "SUSPECTED");
        s.put("townshipCode", "210727101");
        s.put("reportingSite", site);
        s.put("reportedBy", "doctor");
        s.put("registeredAt", "2026-11-01T08:00:00Z");
        return c;
    }

    public static Change create(String type, UUID id, ObjectNode payload) {
        return new Change(UUID.randomUUID(), type, id, 0, List.of(), payload, Instant.parse("2026-11-01T08:00:00Z"), null, false);
    }

    public static Change createPatient(UUID id, String name, String site) {
        return create(EntityTypes.PATIENT, id, patient(id, name, site));
    }

    /** An edit of {@code fields} made from {@code base}: the payload is the client's whole copy after the edit. */
    public static Change edit(String type, UUID id, long base, ObjectNode payload, String... fields) {
        return new Change(UUID.randomUUID(), type, id, base, List.of(fields), payload, Instant.now(), null, false);
    }
}
