package cn.screening.workstation.server;

import cn.screening.workstation.domain.cases.DiseaseCatalogue;
import cn.screening.workstation.domain.cases.DiseaseSettings;
import cn.screening.workstation.server.store.AdminTokens;
import cn.screening.workstation.server.store.AuditHeads;
import cn.screening.workstation.server.store.DeviceRegistry;
import cn.screening.workstation.server.store.PushLedger;
import cn.screening.workstation.server.store.RecordStore;
import cn.screening.workstation.server.store.ReferenceRecords;
import cn.screening.workstation.server.store.ReferenceSeed;
import cn.screening.workstation.server.store.ServerDatabase;
import cn.screening.workstation.server.store.SiteRegistry;
import cn.screening.workstation.server.store.StoreTarget;
import cn.screening.workstation.server.sync.DeviceAccess;
import cn.screening.workstation.server.sync.PullService;
import cn.screening.workstation.server.sync.PushService;
import java.time.Clock;
import java.util.List;

/**
 * The server's object graph over one store: opened (schema migrated, reference data seeded) by the
 * server and by each admin command alike.
 */
public final class ServerServices implements AutoCloseable {

    private final ServerDatabase db;
    private final Administration administration;
    private final DeviceAccess access;
    private final PushService push;
    private final PullService pull;
    private final CityReports cityReports;
    private final AuditHeads auditHeads = new AuditHeads();

    private ServerServices(ServerDatabase db) {
        this.db = db;
        RecordStore records = new RecordStore();
        ReferenceRecords reference = new ReferenceRecords(records);
        SiteRegistry sites = new SiteRegistry(reference);
        DeviceRegistry devices = new DeviceRegistry();
        AdminTokens adminTokens = new AdminTokens();
        PushLedger ledger = new PushLedger();
        DiseaseCatalogue catalogue = DiseaseCatalogue.bundled(DiseaseSettings.DEFAULT);
        this.administration = new Administration(db, sites, devices, adminTokens, records, ledger, reference);
        this.access = new DeviceAccess(db, devices, sites, adminTokens);
        this.push = new PushService(db, sites, records, ledger, catalogue, auditHeads);
        this.pull = new PullService(db, sites, records);
        this.cityReports = new CityReports(db, sites, records);
        db.write(c -> new ReferenceSeed(reference).apply(c, db.clock().instant()));
    }

    public static ServerServices open(StoreTarget target, int maxConnections, Clock clock) {
        ServerDatabase db = ServerDatabase.open(target, maxConnections, clock);
        try {
            return new ServerServices(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The newest alarms of rewritten workstation audit histories (`server audit alarms`). */
    public List<AuditHeads.Alarm> auditAlarms(int limit) {
        return db.read(c -> auditHeads.alarms(c, limit));
    }

    public Administration administration() {
        return administration;
    }

    public DeviceAccess access() {
        return access;
    }

    public PushService push() {
        return push;
    }

    public PullService pull() {
        return pull;
    }

    /** The city's roll and review of the counties' monthly reports. */
    public CityReports cityReports() {
        return cityReports;
    }

    @Override
    public void close() {
        db.close();
    }
}
