package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A record only its own site writes (a follow-up schedule, a registry entry): owned by the site its
 * payload names, with some fields required; nobody else is sent it, except a registry entry, which
 * goes to the hospital that confirmed the diagnosis, so its registry shows the patient too.
 */
final class OwnedRecordRules implements EntityRules {

    private final String ownerField;
    private final List<String> required;
    private final String addresseeField;

    OwnedRecordRules(String ownerField, List<String> required) {
        this(ownerField, required, null);
    }

    /** Also sent (read-only) to the site its payload names in {@code addresseeField}, when there is one. */
    OwnedRecordRules(String ownerField, List<String> required, String addresseeField) {
        this.ownerField = ownerField;
        this.required = List.copyOf(required);
        this.addresseeField = addresseeField;
    }

    @Override
    public String addressedTo(JsonNode payload) {
        return addresseeField == null ? null : EntityRules.text(payload, addresseeField);
    }

    @Override
    public String owner(JsonNode payload) {
        return EntityRules.text(payload, ownerField);
    }

    @Override
    public List<Reason> check(UUID entityId, ObjectNode payload, Instant at) {
        List<Reason> out = new ArrayList<>();
        EntityRules.sameId(payload, "id", entityId, out);
        for (String f : required) {
            EntityRules.require(payload, f, out);
        }
        return out;
    }
}
