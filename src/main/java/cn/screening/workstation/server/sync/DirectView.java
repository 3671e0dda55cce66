package cn.screening.workstation.server.sync;

import cn.screening.workstation.server.store.PushLedger;
import cn.screening.workstation.server.store.PushLedger.AppliedChange;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.SiteRegistry;
import cn.screening.workstation.server.store.StoredRecord;
import cn.screening.workstation.server.store.Versions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every read and write straight to the store: the slow, sure path a batch falls back to. */
final class DirectView implements PushView {

    private final Connection c;
    private final RecordStore records;
    private final PushLedger ledger;
    private final Instant now;
    private final BatchSites sites;

    DirectView(Connection c, RecordStore records, PushLedger ledger, SiteRegistry sites, Instant now) {
        this.c = c;
        this.records = records;
        this.ledger = ledger;
        this.now = now;
        this.sites = new BatchSites(sites, c);
    }

    @Override
    public Connection connection() {
        return c;
    }

    @Override
    public Optional<AppliedChange> applied(UUID changeId) throws SQLException {
        return ledger.appliedChange(c, changeId);
    }

    @Override
    public Optional<StoredRecord> record(String entityType, UUID entityId) throws SQLException {
        return records.find(c, entityType, entityId);
    }

    @Override
    public long nextVersion() throws SQLException {
        return Versions.next(c);
    }

    @Override
    public BatchSites sites() {
        return sites;
    }

    @Override
    public Map<UUID, String> storedPatients(String identityKey) throws SQLException {
        return records.patientsWithKeys(c, List.of(identityKey)).getOrDefault(identityKey, Map.of());
    }

    @Override
    public void write(StoredRecord r, boolean isNew, AppliedChange change) throws SQLException {
        if (isNew) {
            records.insert(c, r);
        } else {
            records.update(c, r);
        }
        ledger.recordChange(c, change, now);
    }

    @Override
    public void remember(AppliedChange change) throws SQLException {
        ledger.recordChange(c, change, now);
    }
}
