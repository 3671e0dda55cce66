package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.server.store.PushLedger;
import cn.screening.workstation.server.store.PushLedger.AppliedChange;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.SiteRegistry;
import cn.screening.workstation.server.store.StoredRecord;
import cn.screening.workstation.server.store.Versions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A batch judged in memory: the ledger rows and records its changes name are read with one query
 * each, what it writes is kept (a record written twice keeps its last state) and sent by
 * {@link #flush()} as one JDBC batch per table. Nothing reaches the store before the flush, so a
 * change that fails half-way leaves nothing behind.
 */
final class StagedView implements PushView {

    private record Key(String entityType, UUID entityId) {
    }

    private record Pending(StoredRecord record, boolean isNew) {
    }

    private final Connection c;
    private final RecordStore records;
    private final PushLedger ledger;
    private final Instant now;
    private final BatchSites sites;
    private final Map<UUID, AppliedChange> applied;
    private final Map<Key, StoredRecord> known = new HashMap<>();
    private final Map<Key, Pending> writes = new LinkedHashMap<>();
    private final List<AppliedChange> changes = new ArrayList<>();
    /** The identity keys of the patients this batch writes, to the patient holding each. */
    private final Map<String, UUID> stagedKeys = new HashMap<>();
    /** The live patients stored under each identity key the batch looks up, read together at load. */
    private final Map<String, Map<UUID, String>> storedKeys = new HashMap<>();
    /** How many versions the batch may take at most: one per change it names. */
    private final int maxVersions;
    private long[] versions;
    private int versionsUsed;

    private StagedView(Connection c, RecordStore records, PushLedger ledger, SiteRegistry sites, Instant now,
                       Map<UUID, AppliedChange> applied, int maxVersions) {
        this.c = c;
        this.records = records;
        this.ledger = ledger;
        this.sites = new BatchSites(sites, c);
        this.now = now;
        this.applied = applied;
        this.maxVersions = maxVersions;
    }

    /**
     * Reads what the batch's changes name: their change ids in the ledger, their records per type,
     * and the stored patients holding the ID numbers of new patients or of patients whose number changes.
     */
    static StagedView load(Connection c, RecordStore records, PushLedger ledger, SiteRegistry sites, List<Change> batch, Instant now)
            throws SQLException {
        Set<UUID> changeIds = new LinkedHashSet<>();
        Map<String, Set<UUID>> idsByType = new LinkedHashMap<>();
        for (Change ch : batch) {
            if (ch == null || ch.changeId() == null || ch.entityId() == null || ch.entityType() == null) {
                continue;
            }
            changeIds.add(ch.changeId());
            idsByType.computeIfAbsent(ch.entityType(), t -> new LinkedHashSet<>()).add(ch.entityId());
        }
        StagedView view = new StagedView(c, records, ledger, sites, now, ledger.appliedChanges(c, changeIds), changeIds.size());
        for (Map.Entry<String, Set<UUID>> e : idsByType.entrySet()) {
            records.findAll(c, e.getKey(), e.getValue()).forEach((id, r) -> view.known.put(new Key(e.getKey(), id), r));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Change ch : batch) {
            String key = ch == null || ch.entityId() == null ? null : RecordStore.identityKey(ch.entityType(), ch.payload());
            StoredRecord stored = key == null ? null : view.known.get(new Key(ch.entityType(), ch.entityId()));
            if (key != null && (stored == null || !key.equals(RecordStore.identityKey(stored.entityType(), stored.payload())))) {
                keys.add(key);
            }
        }
        Map<String, Map<UUID, String>> found = records.patientsWithKeys(c, keys);
        keys.forEach(k -> view.storedKeys.put(k, found.getOrDefault(k, Map.of())));
        return view;
    }

    @Override
    public Connection connection() {
        return c;
    }

    @Override
    public Optional<AppliedChange> applied(UUID changeId) {
        return Optional.ofNullable(applied.get(changeId));
    }

    @Override
    public Optional<StoredRecord> record(String entityType, UUID entityId) {
        return Optional.ofNullable(known.get(new Key(entityType, entityId)));
    }

    @Override
    /** Versions come from a block taken at the first write, one per change of the batch not yet seen applied. */
    public long nextVersion() throws SQLException {
        if (versions == null) {
            versions = Versions.block(c, Math.max(1, maxVersions - applied.size()));
        }
        if (versionsUsed < versions.length) {
            return versions[versionsUsed++];
        }
        return Versions.next(c);
    }

    @Override
    public BatchSites sites() {
        return sites;
    }

    /** As the store held them when the batch began: the batch's own writes are in {@link #stagedPatient}. */
    @Override
    public Map<UUID, String> storedPatients(String identityKey) throws SQLException {
        Map<UUID, String> found = storedKeys.get(identityKey);
        if (found == null) {
            found = records.patientsWithKeys(c, List.of(identityKey)).getOrDefault(identityKey, Map.of());
            storedKeys.put(identityKey, found);
        }
        return found;
    }

    @Override
    public void write(StoredRecord r, boolean isNew, AppliedChange change) {
        Key key = new Key(r.entityType(), r.entityId());
        Pending earlier = writes.get(key);
        writes.put(key, new Pending(r, isNew || (earlier != null && earlier.isNew())));
        known.put(key, r);
        String identity = RecordStore.identityKey(r.entityType(), r.payload());
        if (identity != null && !r.deleted()) {
            stagedKeys.put(identity, r.entityId());
        }
        remember(change);
    }

    @Override
    public List<StoredRecord> staged(String entityType) {
        return writes.values().stream().map(Pending::record).filter(r -> r.entityType().equals(entityType)).toList();
    }

    @Override
    public Optional<PatientIdentities.Twin> stagedPatient(String identityKey, UUID self) {
        UUID id = stagedKeys.get(identityKey);
        StoredRecord r = id == null || id.equals(self) ? null : known.get(new Key(EntityTypes.PATIENT, id));
        // the map keeps a patient's key as first written: it counts only while the patient still holds it
        if (r == null || r.deleted() || !identityKey.equals(RecordStore.identityKey(r.entityType(), r.payload()))) {
            return Optional.empty();
        }
        return Optional.of(new PatientIdentities.Twin(r.entityId(), r.ownerSite()));
    }

    @Override
    public void remember(AppliedChange change) {
        applied.put(change.changeId(), change);
        changes.add(change);
    }

    /** Sends the kept writes: new records, changed records, then the ledger rows. */
    void flush() throws SQLException {
        List<StoredRecord> inserts = new ArrayList<>();
        List<StoredRecord> updates = new ArrayList<>();
        for (Pending p : writes.values()) {
            (p.isNew() ? inserts : updates).add(p.record());
        }
        records.insertAll(c, inserts);
        records.updateAll(c, updates);
        ledger.recordChanges(c, changes, now);
    }
}
