package cn.screening.workstation.store.specimen;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.RecordPayloads;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.store.StoreJson;
import cn.screening.workstation.store.Tx;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A table of synced records kept as their JSON payload (as they travel, without the sync metadata)
 * beside the columns lookups need. Inserts and updates queue the record and audit it in the
 * caller's transaction; {@link #writeAsIs} stores what the server sent without queueing it back.
 */
final class JsonTable<T> {

    /** A looked-up column and how a record gives its value. */
    record Column<T>(String name, Function<T, Object> value) {
    }

    private final String table;
    private final String entity;
    private final Class<T> type;
    private final Function<T, UUID> idOf;
    private final Function<T, SyncMeta> metaOf;
    private final BiFunction<T, SyncMeta, T> withMeta;
    private final List<Column<T>> columns;
    private final Outbox outbox;
    private final AuditLog audit;
    private final String select;
    private final String merge;

    JsonTable(String table, String entity, Class<T> type, Function<T, UUID> idOf, Function<T, SyncMeta> metaOf,
              BiFunction<T, SyncMeta, T> withMeta, List<Column<T>> columns, Outbox outbox, AuditLog audit) {
        this.table = table;
        this.entity = entity;
        this.type = type;
        this.idOf = idOf;
        this.metaOf = metaOf;
        this.withMeta = withMeta;
        this.columns = columns;
        this.outbox = outbox;
        this.audit = audit;
        this.select = "SELECT payload, version, updated_at, updated_by_site, deleted FROM " + table + " ";
        StringBuilder names = new StringBuilder("id");
        columns.forEach(c -> names.append(", ").append(c.name()));
        names.append(", payload, version, updated_at, updated_by_site, deleted");
        this.merge = "MERGE INTO " + table + " (" + names + ") KEY (id) VALUES (" + "?, ".repeat(columns.size() + 5) + "?)";
    }

    UUID idOf(T r) {
        return idOf.apply(r);
    }

    SyncMeta metaOf(T r) {
        return metaOf.apply(r);
    }

    String table() {
        return table;
    }

    String entity() {
        return entity;
    }

    ObjectNode payload(T r) {
        ObjectNode node = StoreJson.MAPPER.valueToTree(r);
        node.remove("meta");
        return node;
    }

    T fromPayload(JsonNode payload, SyncMeta meta) {
        try {
            return withMeta.apply(StoreJson.MAPPER.treeToValue(payload, type), meta);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "payload is no " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A stored payload read straight into the record (no tree in between: lists read many of them). */
    private T read(String json, SyncMeta meta) {
        try {
            return withMeta.apply(StoreJson.MAPPER.readValue(json, type), meta);
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "stored payload is no " + type.getSimpleName(), e);
        }
    }

    /** A new record made here: stored, queued whole, audited. */
    T insert(Tx tx, T r, String detail) throws SQLException {
        T stored = withMeta.apply(r, SyncMeta.fresh(tx.now(), tx.actor().siteCode()));
        write(tx, stored);
        ObjectNode p = payload(stored);
        outbox.enqueue(tx, entity, idOf.apply(stored), StoreJson.write(p), 0, RecordPayloads.allFields(p));
        audit.append(tx, AuditAction.CREATE, entity, idOf.apply(stored).toString(), detail);
        return stored;
    }

    /** An edit made here: only the changed fields are queued, from the stored version; no change writes nothing. */
    T update(Tx tx, T r, String detail) throws SQLException {
        UUID id = idOf.apply(r);
        return update(tx, find(tx, id).orElseThrow(() -> new SQLException("no " + entity + " " + id)), r, detail);
    }

    /** As {@link #update(Tx, Object, String)}, from a stored copy the caller read in this transaction. */
    T update(Tx tx, T before, T r, String detail) throws SQLException {
        UUID id = idOf.apply(r);
        ObjectNode beforePayload = payload(before);
        ObjectNode afterPayload = payload(r);
        List<String> changed = RecordPayloads.changedFields(beforePayload, afterPayload);
        if (changed.isEmpty()) {
            return before;
        }
        T stored = withMeta.apply(r, metaOf.apply(before).touched(tx.now(), tx.actor().siteCode()));
        write(tx, stored);
        outbox.enqueue(tx, entity, id, StoreJson.write(afterPayload), metaOf.apply(before).version(), changed);
        audit.append(tx, AuditAction.UPDATE, entity, id.toString(), detail == null ? String.join(",", changed) : detail);
        return stored;
    }

    /** Stores the record as given, inserting or replacing it by id. */
    void write(Tx tx, T r) throws SQLException {
        SyncMeta m = metaOf.apply(r);
        try (PreparedStatement ps = tx.prepare(merge)) {
            int i = 1;
            ps.setObject(i++, idOf.apply(r));
            for (Column<T> c : columns) {
                ps.setObject(i++, db(c.value().apply(r)));
            }
            ps.setString(i++, StoreJson.write(payload(r)));
            ps.setLong(i++, m.version());
            ps.setObject(i++, Tx.toDb(m.updatedAt()));
            ps.setString(i++, m.updatedBySite());
            ps.setBoolean(i, m.deleted());
            ps.executeUpdate();
        }
    }

    private static Object db(Object v) {
        if (v instanceof Instant i) {
            return Tx.toDb(i);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }

    Optional<T> find(Tx tx, UUID id) throws SQLException {
        return one(tx, "WHERE id = ?", id);
    }

    Optional<T> one(Tx tx, String where, Object... args) throws SQLException {
        List<T> found = list(tx, where + " LIMIT 1", args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The live and deleted records matching {@code where} (SQL after FROM table), in its order. */
    List<T> list(Tx tx, String where, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare(select + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, db(args[i]));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs.getString(1), new SyncMeta(rs.getLong(2), Tx.fromDb(rs.getObject(3)), rs.getString(4),
                            rs.getBoolean(5))));
                }
            }
        }
        return out;
    }
}
