package cn.screening.workstation.store;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Rows of a record kept as its JSON payload (as it travels) beside the columns lookups need:
 * referrals, follow-ups, registry entries and the specimen records. Enum and instant column values
 * are stored by name and as timestamps.
 */
public final class SyncedRows<T extends Synced<T>> implements SyncedTable.Rows<T> {

    /** An indexed column and how a record fills it. */
    public record Column<T>(String name, Function<T, Object> value) {
    }

    private final Class<T> type;
    private final List<Column<T>> indexed;
    private final List<String> columns;

    public SyncedRows(Class<T> type, List<Column<T>> indexed) {
        this.type = type;
        this.indexed = List.copyOf(indexed);
        List<String> names = new ArrayList<>();
        indexed.forEach(c -> names.add(c.name()));
        names.add("payload");
        this.columns = List.copyOf(names);
    }

    /** A synced table of such rows. */
    public static <T extends Synced<T>> SyncedTable<T> table(String entityType, String table, Class<T> type, List<Column<T>> indexed,
                                                             Outbox outbox, AuditLog audit) {
        return new SyncedTable<>(entityType, table, new SyncedRows<>(type, indexed), outbox, audit);
    }

    @Override
    public UUID id(T r) {
        return r.id();
    }

    @Override
    public SyncMeta meta(T r) {
        return r.meta();
    }

    @Override
    public T withMeta(T r, SyncMeta meta) {
        return r.withMeta(meta);
    }

    @Override
    public ObjectNode payload(T r) {
        return RecordPayloads.flat(r);
    }

    @Override
    public T fromPayload(JsonNode payload, SyncMeta meta) {
        try {
            return StoreJson.MAPPER.treeToValue(payload, type).withMeta(meta);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "payload is no " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public List<String> readColumns() {
        return List.of("payload");
    }

    @Override
    public void bind(PreparedStatement ps, int first, T r) throws SQLException {
        int i = first;
        for (Column<T> c : indexed) {
            ps.setObject(i++, SyncedTable.db(c.value().apply(r)));
        }
        ps.setString(i, StoreJson.write(payload(r)));
    }

    /** Read straight into the record (no tree in between: lists read many of them). */
    @Override
    public T read(ResultSet rs, SyncMeta meta) throws SQLException {
        try {
            return StoreJson.MAPPER.readValue(rs.getString("payload"), type).withMeta(meta);
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "stored payload is no " + type.getSimpleName(), e);
        }
    }
}
