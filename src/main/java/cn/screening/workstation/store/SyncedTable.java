package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.store.SyncedRecords.LocalRecord;
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

/**
 * The table of one synced entity type, and the one place where a local save becomes "row + outbox
 * entry + audit line" in the caller's transaction. How a record turns into columns and into the
 * payload it travels as is the {@link Rows} given: {@link SyncedRows} keeps a JSON payload beside a
 * few indexed columns (referrals, specimens, ...); patients and cases have typed columns only.
 *
 * <p>Tombstones: {@link #findById} and the sync side ({@link #find}) see deleted records, since an
 * id is known only to whoever holds the record and sync must compare with what is stored;
 * {@link #where}, {@link #first}, {@link #top} and {@link #count} see live records only, since they
 * answer the screens' questions.
 */
public final class SyncedTable<T> extends SyncedReads<T> implements SyncedType {

    /** A record type's row and payload shape. */
    public interface Rows<T> {
        UUID id(T r);

        SyncMeta meta(T r);

        T withMeta(T r, SyncMeta meta);

        /** The record as it travels: every field but its sync metadata. */
        ObjectNode payload(T r);

        T fromPayload(JsonNode payload, SyncMeta meta);

        /** The columns written after {@code id}, in {@link #bind} order (the sync metadata columns follow). */
        List<String> columns();

        /** The columns {@link #read} needs besides the sync metadata. */
        default List<String> readColumns() {
            return columns();
        }

        /** Binds {@link #columns()} from parameter {@code first} on; values pass {@link #db} first. */
        void bind(PreparedStatement ps, int first, T r) throws SQLException;

        T read(ResultSet rs, SyncMeta meta) throws SQLException;
    }

    /** Runs after every row write of a record (local or pulled), e.g. to keep a child table in step. */
    @FunctionalInterface
    public interface Written<T> {
        void written(Tx tx, Optional<T> before, T after) throws SQLException;
    }

    /** Whether a pulled record needs another that has not arrived yet. */
    @FunctionalInterface
    public interface ParentCheck {
        boolean lacksParent(Tx tx, JsonNode payload) throws SQLException;
    }

    private final String entityType;
    private final Outbox outbox;
    private final AuditLog audit;
    private final String merge;
    private final String insert;
    private Written<T> onRowWritten;
    private Written<T> onPulled;
    private ParentCheck parentCheck;

    public SyncedTable(String entityType, String table, Rows<T> rows, Outbox outbox, AuditLog audit) {
        super(table, rows);
        this.entityType = entityType;
        this.outbox = outbox;
        this.audit = audit;
        int n = 1 + rows.columns().size() + 4;
        String into = table + " (id, " + String.join(", ", rows.columns()) + ", " + META_COLUMNS + ")";
        String values = " VALUES (" + "?, ".repeat(n - 1) + "?)";
        this.merge = "MERGE INTO " + into + " KEY (id)" + values;
        this.insert = "INSERT INTO " + into + values;
    }

    /** Set once when the repository is built: runs after every row write, with the stored copy from before. */
    public SyncedTable<T> onRowWritten(Written<T> hook) {
        this.onRowWritten = hook;
        return this;
    }

    /** Set once when the store is built: runs after a record from the server is written. */
    public SyncedTable<T> onPulled(Written<T> hook) {
        this.onPulled = hook;
        return this;
    }

    public SyncedTable<T> parentCheck(ParentCheck check) {
        this.parentCheck = check;
        return this;
    }

    @Override
    public String entityType() {
        return entityType;
    }

    @Override
    public String table() {
        return table;
    }

    public Rows<T> rows() {
        return rows;
    }

    /** {@link #insert(Tx, Object, String)} with nothing more to say in the audit line. */
    public T insert(Tx tx, T record) throws SQLException {
        return insert(tx, record, null);
    }

    /** Stores a new record with fresh sync metadata, queues all its fields and audits CREATE (with {@code detail}). */
    public T insert(Tx tx, T record, String detail) throws SQLException {
        T stored = rows.withMeta(record, SyncMeta.fresh(tx.now(), tx.actor().siteCode()));
        store(tx, Optional.empty(), stored);
        ObjectNode payload = rows.payload(stored);
        outbox.enqueue(tx, entityType, rows.id(stored), StoreJson.write(payload), 0, RecordPayloads.allFields(payload));
        audit.append(tx, AuditAction.CREATE, entityType, rows.id(stored).toString(), detail);
        return stored;
    }

    /**
     * Stores many new records at once (a load, an import's batch): one statement batch for the rows,
     * one for their outbox entries, and one audit line for them all that says how many ({@code detail}
     * after it). Every record must be new; a known id fails the whole transaction.
     */
    public List<T> insertAll(Tx tx, List<T> records, String detail) throws SQLException {
        if (records.isEmpty()) {
            return List.of();
        }
        SyncMeta fresh = SyncMeta.fresh(tx.now(), tx.actor().siteCode());
        List<T> stored = new ArrayList<>(records.size());
        List<Outbox.NewEntry> queued = new ArrayList<>(records.size());
        try (PreparedStatement ps = tx.prepare(insert)) {
            for (T record : records) {
                T s = rows.withMeta(record, fresh);
                bindRow(ps, s);
                ps.addBatch();
                stored.add(s);
                ObjectNode payload = rows.payload(s);
                queued.add(new Outbox.NewEntry(rows.id(s), StoreJson.write(payload), RecordPayloads.allFields(payload)));
            }
            ps.executeBatch();
        }
        if (onRowWritten != null) {
            for (T s : stored) {
                onRowWritten.written(tx, Optional.empty(), s);
            }
        }
        outbox.enqueueNew(tx, entityType, queued);
        audit.append(tx, AuditAction.CREATE, entityType, null, "bulk " + stored.size() + (detail == null ? "" : " " + detail));
        return stored;
    }

    /** {@link #update(Tx, Object, Object, String)} against the stored row. */
    public T update(Tx tx, T record, String detail) throws SQLException {
        UUID id = rows.id(record);
        return update(tx, findById(tx, id).orElseThrow(() -> new SQLException("no " + entityType + " " + id)), record, detail);
    }

    /**
     * Saves an edit from {@code before} (the stored copy read in this transaction): only the changed
     * fields are queued, from the stored version; no change writes nothing. The audit line says
     * {@code detail} (if any), then the changed fields.
     */
    public T update(Tx tx, T before, T record, String detail) throws SQLException {
        SyncMeta was = rows.meta(before);
        ObjectNode afterPayload = rows.payload(record);
        List<String> changed = RecordPayloads.changedFields(rows.payload(before), afterPayload);
        if (changed.isEmpty()) {
            return before;
        }
        T stored = rows.withMeta(record, was.touched(tx.now(), tx.actor().siteCode()));
        store(tx, Optional.of(before), stored);
        UUID id = rows.id(stored);
        outbox.enqueue(tx, entityType, id, StoreJson.write(afterPayload), was.version(), changed);
        audit.append(tx, AuditAction.UPDATE, entityType, id.toString(), (detail == null ? "" : detail + " ") + String.join(",", changed));
        return stored;
    }

    /** Marks a record deleted (a tombstone, never a hard delete), queues the tombstone and audits DELETE. */
    public Optional<T> delete(Tx tx, UUID id, String detail) throws SQLException {
        Optional<T> found = findById(tx, id);
        if (found.isEmpty() || rows.meta(found.get()).deleted()) {
            return found;
        }
        SyncMeta was = rows.meta(found.get());
        SyncMeta now = new SyncMeta(was.version(), tx.now(), tx.actor().siteCode(), true);
        T stored = rows.withMeta(found.get(), now);
        store(tx, found, stored);
        outbox.enqueue(tx, entityType, id, StoreJson.write(RecordPayloads.tombstone(rows.payload(stored), now)), was.version(), List.of());
        audit.append(tx, AuditAction.DELETE, entityType, id.toString(), detail);
        return Optional.of(stored);
    }

    /** Writes a record exactly as given (from the server, or a merge with it): no outbox entry, no touch. */
    public void writeAsIs(Tx tx, T record) throws SQLException {
        Optional<T> before = onRowWritten == null ? Optional.empty() : findById(tx, rows.id(record));
        store(tx, before, record);
    }

    private void store(Tx tx, Optional<T> before, T r) throws SQLException {
        try (PreparedStatement ps = tx.prepare(merge)) {
            bindRow(ps, r);
            ps.executeUpdate();
        }
        if (onRowWritten != null) {
            onRowWritten.written(tx, before, r);
        }
    }

    /** Binds a whole row, as {@link #merge} and {@link #insert} list its columns. */
    private void bindRow(PreparedStatement ps, T r) throws SQLException {
        SyncMeta m = rows.meta(r);
        ps.setObject(1, rows.id(r));
        rows.bind(ps, 2, r);
        int i = 2 + rows.columns().size();
        ps.setLong(i++, m.version());
        ps.setObject(i++, Tx.toDb(m.updatedAt()));
        ps.setString(i++, m.updatedBySite());
        ps.setBoolean(i, m.deleted());
    }

    @Override
    public Optional<LocalRecord> find(Tx tx, UUID id) throws SQLException {
        return findById(tx, id).map(r -> new LocalRecord(rows.payload(r), rows.meta(r)));
    }

    @Override
    public void write(Tx tx, JsonNode payload, SyncMeta meta) throws SQLException {
        T after = rows.fromPayload(payload, meta);
        Optional<T> before = onPulled == null ? Optional.empty() : findById(tx, rows.id(after));
        writeAsIs(tx, after);
        if (onPulled != null) {
            onPulled.written(tx, before, after);
        }
    }

    @Override
    public boolean lacksParent(Tx tx, JsonNode payload) throws SQLException {
        return parentCheck != null && parentCheck.lacksParent(tx, payload);
    }

    /** A value as its column holds it: instants as timestamps, enums by name. */
    public static Object db(Object v) {
        if (v instanceof Instant i) {
            return Tx.toDb(i);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }
}
