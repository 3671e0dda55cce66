package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.server.store.StoredRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A box of tubes (domain.specimen.Shipment as JSON): owned by the sending site, addressed to the hospital. */
final class ShipmentRules implements EntityRules {

    private static final String DISPATCHED = "DISPATCHED";

    @Override
    public String owner(JsonNode payload) {
        return EntityRules.text(payload, "fromSite");
    }

    @Override
    public String addressedTo(JsonNode payload) {
        return EntityRules.text(payload, "destination");
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload, Instant at) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String field : List.of("boxNo", "fromSite", "destination", "status")) {
            EntityRules.require(payload, field, out);
        }
        if (!FieldPaths.get(payload, "items").isArray()) {
            out.add(new Reason("required", "items", "缺少必填字段：items"));
        }
        if (DISPATCHED.equals(EntityRules.text(payload, "status"))) {
            EntityRules.require(payload, "dispatchedAt", out);
            if ("DRY_ICE".equals(EntityRules.text(payload, "condition"))) {
                EntityRules.require(payload, "loggerId", out);
            }
        }
        return out;
    }

    /** A dispatched box is closed: its tubes, destination and status no longer change. */
    @Override
    public List<Reason> checkUpdate(Pusher who, StoredRecord before, ObjectNode after) {
        JsonNode b = before.payload();
        if (!DISPATCHED.equals(EntityRules.text(b, "status"))) {
            return List.of();
        }
        for (String f : List.of("items", "destination", "status")) {
            if (!FieldPaths.get(b, f).equals(FieldPaths.get(after, f))) {
                return List.of(new Reason("box_dispatched", f, "标本箱已发出，不能再更改：" + f));
            }
        }
        return List.of();
    }
}
