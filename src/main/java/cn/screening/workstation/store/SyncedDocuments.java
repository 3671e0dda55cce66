package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import cn.screening.workstation.store.SyncedRecords.LocalRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A synced record type kept as its JSON payload plus a few columns to search by. Inserts and
 * updates queue the change (from the stored version, with the fields it set) and write the audit
 * line in the caller's transaction; records from the server are written as they came. Referrals,
 * follow-ups and registry entries are all kept this way, so each needs only its table and columns.
 */
public class SyncedDocuments<T extends Synced<T>> implements SyncedType {

    /** A searchable column and how a record fills it. */
    public record Column<T>(String name, Function<T, Object> value) {
    }

    private static final String META_COLUMNS = "payload, version, updated_at, updated_by_site, deleted";

    private final String entityType;
    private final String table;
    private final Class<T> type;
    private final List<Column<T>> columns;
    private final Outbox outbox;
    private final AuditLog audit;

    protected SyncedDocuments(String entityType, String table, Class<T> type, List<Column<T>> columns, Outbox outbox, AuditLog audit) {
        this.entityType = entityType;
        this.table = table;
        this.type = type;
        this.columns = List.copyOf(columns);
        this.outbox = outbox;
        this.audit = audit;
    }

    @Override
    public String entityType() {
        return entityType;
    }

    @Override
    public String table() {
        return table;
    }

    /** Stores a new record, queues it and audits it; the record gets fresh sync metadata. */
    public T insert(Tx tx, T record) throws SQLException {
        T stored = record.withMeta(SyncMeta.fresh(tx.now(), tx.actor().siteCode()));
        writeAsIs(tx, stored);
        ObjectNode payload = payloadOf(stored);
        outbox.enqueue(tx, entityType, stored.id(), StoreJson.write(payload), 0, RecordPayloads.allFields(payload));
        audit.append(tx, AuditAction.CREATE, entityType, stored.id().toString(), null);
        return stored;
    }

    /** Saves an edit: the fields it changed are worked out against the stored row; no change writes nothing. */
    public T update(Tx tx, T record, String auditDetail) throws SQLException {
        T before = findById(tx, record.id()).orElseThrow(() -> new SQLException("no " + entityType + " " + record.id()));
        ObjectNode beforePayload = payloadOf(before);
        ObjectNode afterPayload = payloadOf(record);
        List<String> changed = RecordPayloads.changedFields(beforePayload, afterPayload);
        if (changed.isEmpty()) {
            return before;
        }
        T stored = record.withMeta(before.meta().touched(tx.now(), tx.actor().siteCode()));
        writeAsIs(tx, stored);
        outbox.enqueue(tx, entityType, stored.id(), StoreJson.write(afterPayload), before.meta().version(), changed);
        audit.append(tx, AuditAction.UPDATE, entityType, stored.id().toString(),
                (auditDetail == null ? "" : auditDetail + " ") + String.join(",", changed));
        return stored;
    }

    /** Writes a record exactly as given (from the server, or a merge with it): no outbox entry, no touch. */
    public void writeAsIs(Tx tx, T r) throws SQLException {
        StringBuilder names = new StringBuilder("id");
        columns.forEach(c -> names.append(", ").append(c.name()));
        names.append(", ").append(META_COLUMNS);
        int n = 1 + columns.size() + 5;
        try (PreparedStatement ps = tx.prepare("MERGE INTO " + table + " (" + names + ") KEY (id) VALUES ("
                + "?,".repeat(n - 1) + "?)")) {
            int i = 1;
            ps.setObject(i++, r.id());
            for (Column<T> c : columns) {
                ps.setObject(i++, c.value().apply(r));
            }
            ps.setString(i++, StoreJson.write(payloadOf(r)));
            SyncMeta m = r.meta();
            ps.setLong(i++, m.version());
            ps.setObject(i++, Tx.toDb(m.updatedAt()));
            ps.setString(i++, m.updatedBySite());
            ps.setBoolean(i, m.deleted());
            ps.executeUpdate();
        }
    }

    public Optional<T> findById(Tx tx, UUID id) throws SQLException {
        List<T> found = where(tx, "id = ?", "id", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Live records matching a condition on the table's columns (e.g. {@code "to_site = ?"}), in the given order. */
    public List<T> where(Tx tx, String condition, String orderBy, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = tx.prepare("SELECT id, " + META_COLUMNS + " FROM " + table + " WHERE deleted = FALSE AND ("
                + condition + ") ORDER BY " + orderBy)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    /** How many live records match a condition. */
    public long count(Tx tx, String condition, Object... args) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM " + table + " WHERE deleted = FALSE AND (" + condition + ")")) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public Optional<LocalRecord> find(Tx tx, UUID id) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT id, " + META_COLUMNS + " FROM " + table + " WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                T r = map(rs);
                return Optional.of(new LocalRecord(payloadOf(r), r.meta()));
            }
        }
    }

    @Override
    public void write(Tx tx, JsonNode payload, SyncMeta meta) throws SQLException {
        writeAsIs(tx, toRecord(payload, meta));
    }

    /** The record as it travels: every field but its sync metadata. */
    public ObjectNode payloadOf(T r) {
        ObjectNode node = StoreJson.MAPPER.valueToTree(r);
        node.remove(RecordPayloads.META);
        return node;
    }

    public T toRecord(JsonNode payload, SyncMeta meta) {
        try {
            return StoreJson.MAPPER.treeToValue(payload, type).withMeta(meta);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "payload is no " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private T map(ResultSet rs) throws SQLException {
        SyncMeta meta = new SyncMeta(rs.getLong("version"), Tx.fromDb(rs.getObject("updated_at")), rs.getString("updated_by_site"),
                rs.getBoolean("deleted"));
        return toRecord(RecordPayloads.parse(rs.getString("payload")), meta);
    }
}
