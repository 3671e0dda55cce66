package cn.screening.workstation.server.store;

import cn.screening.workstation.protocol.WireJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reference data (sites, diseases, settings) as records every device pulls. Each is keyed by a
 * name-based UUID of its type and code, so the same code is the same record on every server.
 */
public final class ReferenceRecords {

    public static final String PROVINCE = "province";

    private final RecordStore records;

    public ReferenceRecords(RecordStore records) {
        this.records = records;
    }

    public static UUID idOf(String entityType, String key) {
        return UUID.nameUUIDFromBytes((entityType + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes {@code value} under a new version unless the record already holds exactly it. Locks versions itself. */
    public boolean put(Connection c, String entityType, String key, Object value, Instant now) throws SQLException {
        ObjectNode payload = WireJson.MAPPER.valueToTree(value);
        UUID id = idOf(entityType, key);
        Optional<StoredRecord> existing = records.find(c, entityType, id);
        if (existing.isPresent() && existing.get().payload().equals(payload)) {
            return false;
        }
        Versions.lock(c);
        long version = Versions.next(c);
        Map<String, Long> fieldVersions = new TreeMap<>();
        for (Iterator<String> it = payload.fieldNames(); it.hasNext(); ) {
            fieldVersions.put(it.next(), version);
        }
        StoredRecord r = new StoredRecord(entityType, id, version, payload, fieldVersions, null, null, now, PROVINCE, false);
        if (existing.isPresent()) {
            records.update(c, r);
        } else {
            records.insert(c, r);
        }
        return true;
    }

    /** Publishes {@code value} only when no record of that key exists yet (settings an administrator may have changed). */
    public boolean putIfAbsent(Connection c, String entityType, String key, Object value, Instant now) throws SQLException {
        if (records.find(c, entityType, idOf(entityType, key)).isPresent()) {
            return false;
        }
        return put(c, entityType, key, value, now);
    }
}
