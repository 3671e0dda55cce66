package cn.screening.workstation.server.sync;

import cn.screening.workstation.domain.specimen.Receipt;
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
 * A box's receipt (domain.specimen.Receipt as JSON): owned by the receiving hospital, addressed to
 * the sending site. Its id is derived from the box's, so a second receipt of one box meets the
 * first as a conflict instead of standing beside it.
 */
final class ReceiptRules implements EntityRules {

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
        for (String field : List.of("shipmentId", "receivingSite", "fromSite", "arrivedAt")) {
            EntityRules.require(payload, field, out);
        }
        String box = EntityRules.text(payload, "shipmentId");
        if (box != null && !Receipt.idFor(UUID.fromString(box)).equals(entityId)) {
            out.add(new Reason("receipt_id", "id", "签收记录编号须由标本箱编号导出（每箱只有一份签收）"));
        }
        return out;
    }

    /** It answers a box the county sent to this hospital. */
    @Override
    public List<Reason> checkAgainstStore(Connection c, Pusher who, StoredRecord before, ObjectNode after, Instant at) throws SQLException {
        List<Reason> out = new ArrayList<>();
        SentRecords.check(c, after, EntityTypes.SHIPMENT, "shipmentId", "fromSite", "receivingSite", out);
        return out;
    }
}
