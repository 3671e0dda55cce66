package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.store.SyncedRecords.LocalRecord;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * One synced entity type as sync sees it: read and write its records as flat payloads. Each
 * feature that syncs a new kind of record (samples, referrals, ...) registers one in SyncStore.
 */
public interface SyncedType {

    String entityType();

    /** The table holding the records, with {@code id} and {@code version} columns. */
    String table();

    Optional<LocalRecord> find(Tx tx, UUID id) throws SQLException;

    /** Writes the record as given, inserting or replacing it by id; never queues anything. */
    void write(Tx tx, JsonNode payload, SyncMeta meta) throws SQLException;

    /** Whether the record needs another that has not arrived yet (e.g. a case without its patient). */
    default boolean lacksParent(Tx tx, JsonNode payload) throws SQLException {
        return false;
    }

    /** Whether a record with this id is present in the given table (for {@link #lacksParent}). */
    static boolean present(Tx tx, String table, String id) throws SQLException {
        if (id == null) {
            return false;
        }
        try (var ps = tx.prepare("SELECT 1 FROM " + table + " WHERE id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
