package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The synced records by entity type, as sync sees them: a flat payload and its metadata. Writes
 * here never queue anything: they carry what the server already has.
 */
public final class SyncedRecords {

    /** A record as stored here. */
    public record LocalRecord(ObjectNode payload, SyncMeta meta) {
    }

    private final Map<String, SyncedType> types = new LinkedHashMap<>();

    public SyncedRecords(PatientRepository patients, CaseRepository cases) {
        this(patients, cases, List.of());
    }

    public SyncedRecords(PatientRepository patients, CaseRepository cases, Collection<SyncedType> more) {
        register(patients.table());
        register(cases.table());
        more.forEach(this::register);
    }

    private void register(SyncedType t) {
        if (types.putIfAbsent(t.entityType(), t) != null) {
            throw new IllegalArgumentException("entity type registered twice: " + t.entityType());
        }
    }

    public boolean handles(String entityType) {
        return types.containsKey(entityType);
    }

    public Optional<LocalRecord> find(Tx tx, String entityType, UUID id) throws SQLException {
        return type(entityType).find(tx, id);
    }

    /** Writes the record as given, inserting or replacing it by id. */
    public void write(Tx tx, String entityType, JsonNode payload, SyncMeta meta) throws SQLException {
        type(entityType).write(tx, payload, meta);
    }

    /** Whether a record needs another that is not here yet (a case whose patient has not arrived). */
    public boolean lacksParent(Tx tx, String entityType, JsonNode payload) throws SQLException {
        return type(entityType).lacksParent(tx, payload);
    }

    /** The server accepted a change: the record is now at {@code version} (never moved backwards). */
    public void raiseVersion(Tx tx, String entityType, UUID id, long version) throws SQLException {
        raiseVersions(tx, entityType, List.of(id), List.of(version));
    }

    /** {@link #raiseVersion} for many records of one type, sent to the database as one batch. */
    public void raiseVersions(Tx tx, String entityType, List<UUID> ids, List<Long> versions) throws SQLException {
        try (PreparedStatement ps = tx.prepare("UPDATE " + type(entityType).table() + " SET version = ? WHERE id = ? AND version < ?")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(1, versions.get(i));
                ps.setObject(2, ids.get(i));
                ps.setLong(3, versions.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private SyncedType type(String entityType) {
        SyncedType t = types.get(entityType);
        if (t == null) {
            throw new IllegalArgumentException("not a synced record type: " + entityType);
        }
        return t;
    }
}
