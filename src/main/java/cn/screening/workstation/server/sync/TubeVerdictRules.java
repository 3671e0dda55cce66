package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.specimen.TubeVerdict;
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

/**
 * The verdict on one received tube (domain.specimen.TubeVerdict as JSON): owned by the receiving
 * hospital, addressed to the sending site; one per tube and receipt (its id says which), a
 * rejection with its reason (rule 25).
 */
final class TubeVerdictRules implements EntityRules {

    @Override
    public String owner(JsonNode payload) {
        return EntityRules.text(payload, "receivingSite");
    }

    @Override
    public String addressedTo(JsonNode payload) {
        return EntityRules.text(payload, "fromSite");
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload, Instant at) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String field : List.of("receiptId", "sampleId", "sampleNo", "receivingSite", "fromSite", "decision")) {
            EntityRules.require(payload, field, out);
        }
        String receipt = EntityRules.text(payload, "receiptId");
        String sample = EntityRules.text(payload, "sampleId");
        if (receipt != null && sample != null
                && !TubeVerdict.idFor(UUID.fromString(receipt), UUID.fromString(sample)).equals(entityId)) {
            out.add(new Reason("verdict_id", "id", "标本判定记录编号须由签收与标本编号导出（每管只有一份判定）"));
        }
        if ("REJECTED".equals(EntityRules.text(payload, "decision")) && EntityRules.text(payload, "reason") == null) {
            out.add(new Reason("reason_required", "reason", "标本拒收须选择拒收原因"));
        }
        return out;
    }

    /** It answers a tube the county sent to this hospital. */
    @Override
    public List<Reason> checkAgainstStore(Connection c, Pusher who, StoredRecord before, ObjectNode after, Instant at) throws SQLException {
        List<Reason> out = new ArrayList<>();
        SentRecords.check(c, after, EntityTypes.SAMPLE, "sampleId", "fromSite", "receivingSite", out);
        return out;
    }
}
