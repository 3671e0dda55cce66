package cn.screening.workstation.store;

import cn.screening.workstation.protocol.Reason;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The outbox's look-ups: what waits, what is in flight, one record's entries. {@link Outbox} adds the writes. */
abstract class OutboxReads {

    static final String COLUMNS = "seq, change_id, entity_type, entity_id, payload, created_at, state, attempts,"
            + " base_version, changed_fields, batch_id, reasons, changed_by, changed_at";
    private static final TypeReference<List<String>> FIELDS = new TypeReference<>() { };
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() { };

    /** Changes not yet acknowledged by the server: waiting or in flight. */
    public long pendingCount(Tx tx) throws SQLException {
        return count(tx, "state IN ('PENDING', 'IN_FLIGHT')");
    }

    public long quarantinedCount(Tx tx) throws SQLException {
        return count(tx, "state = 'QUARANTINED'");
    }

    /** When the oldest change still waiting for the server was made. */
    public Optional<Instant> oldestPendingAt(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT MIN(created_at) FROM outbox WHERE state IN ('PENDING', 'IN_FLIGHT')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Optional.ofNullable(Tx.fromDb(rs.getObject(1)));
        }
    }

    public long countFor(Tx tx, String entityType, UUID entityId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM outbox WHERE entity_type = ? AND entity_id = ?")) {
            ps.setString(1, entityType);
            ps.setObject(2, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The oldest waiting changes, at most one per record (a record has only one waiting entry anyway).
     * Ordered by the whole (state, seq) index so that H2 reads just {@code limit} rows of it, not every
     * waiting row to sort them.
     */
    public List<OutboxEntry> nextPending(Tx tx, int limit) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM outbox WHERE state = 'PENDING' ORDER BY state, seq LIMIT ?")) {
            ps.setInt(1, limit);
            return list(ps);
        }
    }

    /** {@link #nextPending(Tx, int)} less the entries of {@code held} records, which wait where they are (rule 10). */
    public List<OutboxEntry> nextPending(Tx tx, int limit, Set<UUID> held) throws SQLException {
        if (held.isEmpty()) {
            return nextPending(tx, limit);
        }
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM outbox WHERE state = 'PENDING' AND entity_id NOT IN ("
                + String.join(",", Collections.nCopies(held.size(), "?")) + ") ORDER BY state, seq LIMIT ?")) {
            int i = 1;
            for (UUID id : held) {
                ps.setObject(i++, id);
            }
            ps.setInt(i, limit);
            return list(ps);
        }
    }

    public Optional<OutboxEntry> find(Tx tx, UUID changeId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM outbox WHERE change_id = ?")) {
            ps.setObject(1, changeId);
            List<OutboxEntry> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** The entries of these change ids that are still here, in the order given: one query. */
    public List<OutboxEntry> findAll(Tx tx, List<UUID> changeIds) throws SQLException {
        if (changeIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, OutboxEntry> byId = new HashMap<>();
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM outbox WHERE change_id IN ("
                + String.join(",", Collections.nCopies(changeIds.size(), "?")) + ")")) {
            for (int i = 0; i < changeIds.size(); i++) {
                ps.setObject(i + 1, changeIds.get(i));
            }
            for (OutboxEntry e : list(ps)) {
                byId.put(e.changeId(), e);
            }
        }
        List<OutboxEntry> out = new ArrayList<>(byId.size());
        for (UUID id : changeIds) {
            OutboxEntry e = byId.remove(id);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** The changes in flight in one batch, by change id. */
    public Map<UUID, OutboxEntry> inFlight(Tx tx, UUID batchId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM outbox WHERE batch_id = ? AND state = 'IN_FLIGHT'")) {
            ps.setObject(1, batchId);
            Map<UUID, OutboxEntry> out = new HashMap<>();
            for (OutboxEntry e : list(ps)) {
                out.put(e.changeId(), e);
            }
            return out;
        }
    }

    /** The ids of the batch's records that have another entry besides the one in flight (a later edit, a held conflict). */
    public Set<UUID> recordsWithMoreEntries(Tx tx, UUID batchId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT DISTINCT o.entity_id FROM outbox b JOIN outbox o"
                + " ON o.entity_type = b.entity_type AND o.entity_id = b.entity_id AND o.seq <> b.seq WHERE b.batch_id = ?")) {
            ps.setObject(1, batchId);
            Set<UUID> out = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out;
        }
    }

    public Optional<OutboxEntry> findBySeq(Tx tx, long seq) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM outbox WHERE seq = ?")) {
            ps.setLong(1, seq);
            List<OutboxEntry> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Every entry of one record, oldest first. */
    public List<OutboxEntry> entriesFor(Tx tx, String entityType, UUID entityId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM outbox WHERE entity_type = ? AND entity_id = ?"
                + " ORDER BY seq")) {
            ps.setString(1, entityType);
            ps.setObject(2, entityId);
            return list(ps);
        }
    }

    public List<OutboxEntry> inState(Tx tx, OutboxState state) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM outbox WHERE state = ? ORDER BY seq")) {
            ps.setString(1, state.name());
            return list(ps);
        }
    }

    /** The fields of a record that local changes still carry (null = all of them): the server must not overwrite them. */
    public Set<String> fieldsWaiting(Tx tx, String entityType, UUID entityId, List<String> allFields) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (OutboxEntry e : entriesFor(tx, entityType, entityId)) {
            out.addAll(e.changedFields() == null ? allFields : e.changedFields());
        }
        return out;
    }

    Optional<OutboxEntry> latestNotInFlight(Tx tx, String entityType, UUID entityId) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT " + COLUMNS + " FROM outbox WHERE entity_type = ? AND entity_id = ?"
                + " AND state <> 'IN_FLIGHT' ORDER BY seq DESC LIMIT 1")) {
            ps.setString(1, entityType);
            ps.setObject(2, entityId);
            List<OutboxEntry> found = list(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static long count(Tx tx, String where) throws SQLException {
        try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM outbox WHERE " + where);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<OutboxEntry> list(PreparedStatement ps) throws SQLException {
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new OutboxEntry(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                        rs.getString(5), Tx.fromDb(rs.getObject(6)), OutboxState.valueOf(rs.getString(7)), rs.getInt(8),
                        rs.getLong(9), readJson(rs.getString(10), FIELDS), rs.getObject(11, UUID.class),
                        readJson(rs.getString(12), REASONS), rs.getString(13), Tx.fromDb(rs.getObject(14))));
            }
        }
        return out;
    }

    private static <T> T readJson(String json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return StoreJson.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "bad JSON in the outbox", e);
        }
    }
}
