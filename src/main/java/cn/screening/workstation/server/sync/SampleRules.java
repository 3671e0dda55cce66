package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A blood sample (domain.specimen.Sample as JSON): owned by the site that drew it, sent to its box's hospital. */
final class SampleRules implements EntityRules {

    @Override
    public String owner(JsonNode payload) {
        return EntityRules.text(payload, "siteCode");
    }

    @Override
    public String addressedTo(JsonNode payload) {
        return EntityRules.text(payload, "destination");
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String field : List.of("sampleNo", "siteCode", "tubeType", "drawnAt", "status")) {
            EntityRules.require(payload, field, out);
        }
        String no = EntityRules.text(payload, "sampleNo");
        String site = EntityRules.text(payload, "siteCode");
        if (no != null && site != null && !no.startsWith(site + "-")) {
            out.add(new Reason("sample_no_site", "sampleNo", "标本编号须以采样机构编码开头：" + no));
        }
        return out;
    }
}
