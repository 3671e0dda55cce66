package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A patient (domain.patient.Patient as JSON): owned by the site that registered it. */
final class PatientRules implements EntityRules {

    @Override
    public String owner(JsonNode payload) {
        return EntityRules.text(payload, "registeredSite");
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String field : List.of("name", "idType", "idNumber", "registeredSite")) {
            EntityRules.require(payload, field, out);
        }
        return out;
    }
}
