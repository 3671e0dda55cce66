package cn.screening.workstation.store;

import cn.screening.workstation.protocol.PulledRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reference data the server sends (sites, disease catalogue, configurable limits), for rules and forms to read. */
public final class ReferenceRepository {

    /** @param code the item's code (a site code, a disease code, a setting's key) when its payload has one */
    public record ReferenceItem(String entityType, UUID entityId, String code, long version, JsonNode payload, boolean deleted) {
    }

    /** Stores the server's copy unless a newer one is already here. */
    public void save(Tx tx, PulledRecord r) throws SQLException {
        try (PreparedStatement ps = tx.prepare("MERGE INTO reference_item (entity_type, entity_id, code, version, payload,"
                + " updated_at, deleted) KEY (entity_type, entity_id) SELECT ?, ?, ?, ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS"
                + " (SELECT 1 FROM reference_item WHERE entity_type = ? AND entity_id = ? AND version >= ?)")) {
            int i = 1;
            ps.setString(i++, r.entityType());
            ps.setObject(i++, r.entityId());
            ps.setString(i++, codeOf(r.payload()));
            ps.setLong(i++, r.version());
            ps.setString(i++, r.payload() == null ? "{}" : StoreJson.write(r.payload()));
            ps.setObject(i++, Tx.toDb(r.updatedAt()));
            ps.setBoolean(i++, r.deleted());
            ps.setString(i++, r.entityType());
            ps.setObject(i++, r.entityId());
            ps.setLong(i, r.version());
            ps.executeUpdate();
        }
    }

    /** The live items of one type ("site", "disease", "setting"), by code. */
    public List<ReferenceItem> list(Tx tx, String entityType) throws SQLException {
        List<ReferenceItem> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("SELECT entity_type, entity_id, code, version, payload, deleted FROM reference_item"
                + " WHERE entity_type = ? AND deleted = FALSE ORDER BY code, entity_id")) {
            ps.setString(1, entityType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReferenceItem(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4),
                            RecordPayloads.parse(rs.getString(5)), rs.getBoolean(6)));
                }
            }
        }
        return out;
    }

    private static String codeOf(JsonNode payload) {
        if (payload == null) {
            return null;
        }
        for (String field : List.of("code", "key")) {
            if (payload.hasNonNull(field)) {
                String c = payload.get(field).asText();
                return c.length() <= 60 ? c : c.substring(0, 60);
            }
        }
        return null;
    }
}
