package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.server.store.StoredRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A lab result (domain.specimen.LabResult as JSON): owned by the lab, addressed to the site that drew the sample. */
final class LabResultRules implements EntityRules {

    @Override
    public String owner(JsonNode payload) {
        return EntityRules.text(payload, "labSite");
    }

    @Override
    public String addressedTo(JsonNode payload) {
        return EntityRules.text(payload, "countySite");
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload, Instant at) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String field : List.of("sampleId", "sampleNo", "labSite", "countySite")) {
            EntityRules.require(payload, field, out);
        }
        for (String factor : List.of("fviii.percent", "fix.percent", "vwfAg")) {
            JsonNode v = FieldPaths.get(payload, factor);
            if (v.isNumber() && (v.decimalValue().signum() < 0 || v.decimalValue().compareTo(java.math.BigDecimal.valueOf(300)) > 0)) {
                out.add(new Reason("out_of_range", factor, "凝血因子活性数值超出合理范围(0–300%)"));
            }
        }
        JsonNode titre = FieldPaths.get(payload, "bethesdaBu");
        if (titre.isNumber() && titre.decimalValue().signum() < 0) {
            out.add(new Reason("out_of_range", "bethesdaBu", "抑制物滴度须为非负数（BU/mL）"));
        }
        String diagnosis = EntityRules.text(payload, "diagnosis");
        if ("HEMOPHILIA_A".equals(diagnosis) && !FieldPaths.get(payload, "fviii").isObject()
                || "HEMOPHILIA_B".equals(diagnosis) && !FieldPaths.get(payload, "fix").isObject()) {
            out.add(new Reason("factor_required", "diagnosis", "确诊血友病A/B须录入FⅧ:C/FⅨ:C检测结果"));
        }
        return out;
    }

    /** It answers a tube the county sent to this hospital. */
    @Override
    public List<Reason> checkAgainstStore(Connection c, Pusher who, StoredRecord before, ObjectNode after, Instant at) throws SQLException {
        List<Reason> out = new ArrayList<>();
        SentRecords.check(c, after, EntityTypes.SAMPLE, "sampleId", "countySite", "labSite", out);
        return out;
    }
}
