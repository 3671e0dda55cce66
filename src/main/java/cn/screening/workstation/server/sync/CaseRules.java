package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.protocol.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A screening case (store.CaseRepository.CasePayload as JSON: caseNo and screeningCase): owned by
 * the reporting site, of a disease the catalogue knows.
 */
final class CaseRules implements EntityRules {

    private final DiseaseCatalogue catalogue;

    CaseRules(DiseaseCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String owner(JsonNode payload) {
        String top = EntityRules.text(payload, "reportingSite");
        return top != null ? top : EntityRules.text(payload, "screeningCase.reportingSite");
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload, Instant at) {
        List<Reason> out = new ArrayList<>();
        EntityRules.require(payload, "caseNo", out);
        if (!FieldPaths.get(payload, "screeningCase").isObject()) {
            out.add(new Reason("required", "screeningCase", "缺少必填字段：screeningCase"));
            return out;
        }
        EntityRules.sameId(payload, "screeningCase.id", entityId, out);
        for (String field : List.of("screeningCase.patientId", "screeningCase.diseaseCode", "screeningCase.reportingSite")) {
            EntityRules.require(payload, field, out);
        }
        String disease = EntityRules.text(payload, "screeningCase.diseaseCode");
        if (disease != null && catalogue.find(disease).isEmpty()) {
            out.add(new Reason("unknown_disease", "screeningCase.diseaseCode", "病种目录中没有此病种：" + disease));
        }
        return out;
    }
}
