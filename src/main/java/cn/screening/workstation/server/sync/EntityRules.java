package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import cn.screening.workstation.server.store.StoredRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the server checks of one pushable entity type, and who owns a record of it. */
interface EntityRules {

    /** The site that owns the record: its payload says so (e.g. a patient's registeredSite). */
    String owner(JsonNode payload);

    /** The site the record is sent to, or null; patients and cases are sent to nobody. */
    default String addressedTo(JsonNode payload) {
        return null;
    }

    /**
     * Reasons the record as it would be stored is unacceptable; empty when it is fine. {@code at} is
     * when the workstation made the change: rules that read the clock judge it as of then, as the
     * workstation did.
     */
    List<Reason> check(UUID entityId, ObjectNode payload, Instant at);

    /**
     * Field paths (a path covers the paths under it) the site a record is addressed to may change
     * although it does not own the record: e.g. the receipt of a shipment by the hospital it is sent to.
     */
    default Set<String> addresseeFields() {
        return Set.of();
    }

    /**
     * Whether every site the record is addressed to may change it as its owner may (a county's monthly
     * report, shared by the county hospital and the county health bureau); otherwise only {@link #addresseeFields}.
     */
    default boolean sharedWithAddressee() {
        return false;
    }

    /**
     * Reasons an update by {@code who} from {@code before} to {@code after} is not allowed, e.g. a
     * status move that belongs to the other side; empty when it is fine. Runs after {@link #check}.
     */
    default List<Reason> checkUpdate(Pusher who, StoredRecord before, ObjectNode after) {
        return List.of();
    }

    /**
     * Reasons the record does not fit what the server holds, e.g. a referral to a site the registry
     * does not know; empty when it is fine. {@code before} is null for a new record. Runs after {@link #check}.
     */
    default List<Reason> checkAgainstStore(Connection c, Pusher who, StoredRecord before, ObjectNode after, Instant at) throws SQLException {
        return List.of();
    }

    static String text(JsonNode payload, String path) {
        JsonNode n = FieldPaths.get(payload, path);
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    static void require(ObjectNode payload, String path, List<Reason> out) {
        if (text(payload, path) == null) {
            out.add(new Reason("required", path, "缺少必填字段：" + path));
        }
    }

    /** The payload's own id, when it carries one, must be the change's entity id. */
    static void sameId(ObjectNode payload, String path, UUID entityId, List<Reason> out) {
        String id = text(payload, path);
        if (id != null && !id.equalsIgnoreCase(entityId.toString())) {
            out.add(new Reason("id_mismatch", path, "记录内的编号与变更的 entityId 不一致"));
        }
    }
}
