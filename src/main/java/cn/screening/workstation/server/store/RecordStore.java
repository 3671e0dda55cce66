package cn.screening.workstation.server.store;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.WireJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** The synced records, client-made and reference alike, and the pull query over them. */
public final class RecordStore {

    private static final String COLUMNS = "entity_type, entity_id, version, payload, field_versions, owner_site, addressed_to,"
            + " updated_at, updated_by_site, deleted";
    private static final TypeReference<TreeMap<String, Long>> FIELD_VERSIONS = new TypeReference<>() {
    };

    public Optional<StoredRecord> find(Connection c, String entityType, UUID entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM sync_record WHERE entity_type = ? AND entity_id = ?")) {
            ps.setString(1, entityType);
            ps.setObject(2, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The records of one type among {@code entityIds}, by id: one statement on H2 and PostgreSQL alike.
     * The ids come as an array joined to the key, so both look each one up by the whole primary key (H2
     * reads an {@code IN} list or {@code = ANY} on the key's second column by scanning every record of the type).
     */
    public Map<UUID, StoredRecord> findAll(Connection c, String entityType, Collection<UUID> entityIds) throws SQLException {
        Map<UUID, StoredRecord> out = new HashMap<>();
        if (entityIds.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT r.entity_type, r.entity_id, r.version, r.payload,"
                + " r.field_versions, r.owner_site, r.addressed_to, r.updated_at, r.updated_by_site, r.deleted FROM UNNEST(?) AS t(id)"
                + " JOIN sync_record r ON r.entity_type = ? AND r.entity_id = t.id")) {
            ps.setArray(1, c.createArrayOf("uuid", entityIds.toArray()));
            ps.setString(2, entityType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StoredRecord r = map(rs);
                    out.put(r.entityId(), r);
                }
            }
        }
        return out;
    }

    public void insert(Connection c, StoredRecord r) throws SQLException {
        insertAll(c, List.of(r));
    }

    public void update(Connection c, StoredRecord r) throws SQLException {
        updateAll(c, List.of(r));
    }

    /** Inserts new records with one JDBC batch. */
    public void insertAll(Connection c, List<StoredRecord> rs) throws SQLException {
        writeAll(c, rs, "INSERT INTO sync_record (version, payload, field_versions, owner_site,"
                + " addressed_to, updated_at, updated_by_site, deleted, identity_key, ledger_key, entity_type, entity_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Replaces stored records with one JDBC batch; fails when one of them is not there. */
    public void updateAll(Connection c, List<StoredRecord> rs) throws SQLException {
        writeAll(c, rs, "UPDATE sync_record SET version = ?, payload = ?, field_versions = ?,"
                + " owner_site = ?, addressed_to = ?, updated_at = ?, updated_by_site = ?, deleted = ?, identity_key = ?,"
                + " ledger_key = ? WHERE entity_type = ? AND entity_id = ?");
    }

    private static void writeAll(Connection c, List<StoredRecord> rs, String sql) throws SQLException {
        if (rs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (StoredRecord r : rs) {
                bind(ps, r);
                ps.addBatch();
            }
            Sql.requireEach(ps.executeBatch(), "record");
        }
    }

    /**
     * Records changed after {@code after} that a device whose scope is {@code sites} may see: owned by
     * or addressed to one of those sites, or reference data. Oldest first, at most {@code limit}.
     */
    public List<StoredRecord> changedAfter(Connection c, long after, int limit, Collection<String> sites) throws SQLException {
        return changedAfter(c, after, limit, sites, List.of());
    }

    /** The same, the sites' records limited to {@code types} unless it is empty (reference data always comes). */
    public List<StoredRecord> changedAfter(Connection c, long after, int limit, Collection<String> sites, Collection<String> types)
            throws SQLException {
        String in = Sql.placeholders(sites.size());
        String ofTypes = types.isEmpty() ? "" : " AND entity_type IN (" + Sql.placeholders(types.size()) + ")";
        String sql = "SELECT " + COLUMNS + " FROM sync_record WHERE version > ?"
                + " AND ((owner_site IN (" + in + ") OR addressed_to IN (" + in + "))" + ofTypes
                + " OR (owner_site IS NULL AND addressed_to IS NULL))"
                + " ORDER BY version LIMIT ?";
        List<StoredRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, after);
            for (int round = 0; round < 2; round++) {
                for (String s : sites) {
                    ps.setString(i++, s);
                }
            }
            for (String t : types) {
                ps.setString(i++, t);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    /** Live (not deleted) records per entity type. */
    public Map<String, Long> countByType(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_type, COUNT(*) FROM sync_record WHERE deleted = FALSE"
                + " GROUP BY entity_type ORDER BY entity_type");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, StoredRecord r) throws SQLException {
        ps.setLong(1, r.version());
        ps.setString(2, write(r.payload()));
        ps.setString(3, write(new TreeMap<>(r.fieldVersions())));
        ps.setString(4, r.ownerSite());
        ps.setString(5, r.addressedTo());
        Sql.setInstant(ps, 6, r.updatedAt());
        ps.setString(7, r.updatedBySite());
        ps.setBoolean(8, r.deleted());
        ps.setString(9, identityKey(r.entityType(), r.payload()));
        ps.setString(10, r.deleted() ? null : ledgerKey(r.entityType(), r.payload()));
        ps.setString(11, r.entityType());
        ps.setObject(12, r.entityId());
    }

    /** The key a patient is found by its ID number ("idType:idNumber"); null for other records. */
    public static String identityKey(String entityType, JsonNode payload) {
        if (!EntityTypes.PATIENT.equals(entityType) || payload == null) {
            return null;
        }
        String number = payload.path("idNumber").asText("");
        return number.isBlank() ? null : payload.path("idType").asText("") + ":" + number;
    }

    /** Treatment statuses that end a ledger row (domain.ledger.TreatmentStatus: the exits). */
    private static final java.util.Set<String> LEDGER_EXITS = java.util.Set.of("CHRONIC_CARE", "OUT_OF_SCOPE", "DIED", "LOST", "REFUSED");

    /** "patientId:diseaseCode" for an open ledger row; null for an ended one and for other records. */
    public static String ledgerKey(String entityType, JsonNode payload) {
        if (!EntityTypes.LEDGER_ENTRY.equals(entityType) || payload == null || LEDGER_EXITS.contains(payload.path("status").asText(""))) {
            return null;
        }
        String patient = payload.path("patientId").asText("");
        String disease = payload.path("diseaseCode").asText("");
        return patient.isBlank() || disease.isBlank() ? null : patient + ":" + disease;
    }

    /** The live open ledger rows holding this key (see {@link #ledgerKey}). */
    public List<UUID> openLedgerRows(Connection c, String key) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id FROM sync_record WHERE ledger_key = ? AND entity_type = ?"
                + " AND deleted = FALSE")) {
            ps.setString(1, key);
            ps.setString(2, EntityTypes.LEDGER_ENTRY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    /**
     * The live patients holding each of these keys, with the site owning each: one query for a whole
     * batch, by the identity key's index. Keys no patient holds are left out.
     */
    public Map<String, Map<UUID, String>> patientsWithKeys(Connection c, Collection<String> keys) throws SQLException {
        Map<String, Map<UUID, String>> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        String sql = "SELECT identity_key, entity_id, owner_site FROM sync_record WHERE identity_key IN (" + Sql.placeholders(keys.size())
                + ") AND entity_type = ? AND deleted = FALSE";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String k : keys) {
                ps.setString(i++, k);
            }
            ps.setString(i, EntityTypes.PATIENT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getObject(2, UUID.class), rs.getString(3));
                }
            }
        }
        return out;
    }

    /** Gives the key to patients stored before it existed (a store of an earlier release), once, at open. */
    public static void backfillIdentityKeys(Connection c) throws SQLException {
        Map<UUID, String> keys = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, payload FROM sync_record WHERE entity_type = ?"
                + " AND identity_key IS NULL")) {
            ps.setString(1, EntityTypes.PATIENT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        String key = identityKey(EntityTypes.PATIENT, WireJson.MAPPER.readTree(rs.getString(2)));
                        if (key != null) {
                            keys.put(rs.getObject(1, UUID.class), key);
                        }
                    } catch (JsonProcessingException e) {
                        // an unreadable payload has no number to find it by
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE sync_record SET identity_key = ? WHERE entity_type = ? AND entity_id = ?")) {
            for (Map.Entry<UUID, String> e : keys.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setString(2, EntityTypes.PATIENT);
                ps.setObject(3, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static StoredRecord map(ResultSet rs) throws SQLException {
        try {
            ObjectNode payload = (ObjectNode) WireJson.MAPPER.readTree(rs.getString("payload"));
            Map<String, Long> fieldVersions = WireJson.MAPPER.readValue(rs.getString("field_versions"), FIELD_VERSIONS);
            return new StoredRecord(rs.getString("entity_type"), rs.getObject("entity_id", UUID.class), rs.getLong("version"),
                    payload, fieldVersions, rs.getString("owner_site"), rs.getString("addressed_to"), Sql.instant(rs, "updated_at"),
                    rs.getString("updated_by_site"), rs.getBoolean("deleted"));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new SQLException("stored record is not valid JSON", e);
        }
    }

    static String write(Object value) {
        try {
            return WireJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
