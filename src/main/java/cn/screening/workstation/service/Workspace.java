package cn.screening.workstation.service;

import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.registry.RegistryEntry;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.CareRecords;
import cn.screening.workstation.store.CaseRepository;
import cn.screening.workstation.store.DataKey;
import cn.screening.workstation.store.Database;
import cn.screening.workstation.store.Keyring;
import cn.screening.workstation.store.LedgerRecords;
import cn.screening.workstation.store.ReportRecords;
import cn.screening.workstation.domain.report.MonthlyReport;
import cn.screening.workstation.store.ListIndexWarmUp;
import cn.screening.workstation.store.NumberSequence;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.PatientRepository;
import cn.screening.workstation.store.SiteRepository;
import cn.screening.workstation.store.SyncStore;
import cn.screening.workstation.store.SyncedTable;
import cn.screening.workstation.store.SyncedType;
import cn.screening.workstation.store.UserRepository;
import cn.screening.workstation.store.specimen.SpecimenStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Everything a logged-in user works with: the open store, its repositories, and the session.
 * Closing it closes the store and forgets the key.
 */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private final DataKey key;
    private final Keyring keyring;
    private final Session session;
    private final AuditLog audit = new AuditLog();
    private final Outbox outbox = new Outbox();
    private final NumberSequence numbers = new NumberSequence();
    private final PatientRepository patients = new PatientRepository(outbox, audit);
    private final CaseRepository cases = new CaseRepository(outbox, audit);
    private final UserRepository users = new UserRepository();
    private final SiteRepository sites = new SiteRepository();
    private final SyncedTable<Referral> referrals = CareRecords.referrals(outbox, audit);
    private final SyncedTable<FollowUp> followUps = CareRecords.followUps(outbox, audit);
    private final SyncedTable<RegistryEntry> registry = CareRecords.registry(outbox, audit);
    private final SyncedTable<LedgerEntry> ledger = LedgerRecords.ledger(outbox, audit);
    private final SyncedTable<MonthlyReport> reports = ReportRecords.reports(outbox, audit);
    private final SpecimenStore specimens;
    private final SyncStore syncStore;
    private volatile RuleBook shippedRules;
    private volatile RuleBook rules;
    private final ListIndexWarmUp warmUp;

    Workspace(Database database, DataKey key, Keyring keyring, Session session) {
        this.database = database;
        this.key = key;
        this.keyring = keyring;
        this.session = session;
        // a bureau reads its county's tube verdicts for the dashboard but never moves the county's cases
        this.specimens = new SpecimenStore(outbox, audit, cases, session.site().type().allows(Permission.SEND_SAMPLES));
        List<SyncedType> types = new ArrayList<>(List.of(referrals, followUps, registry, ledger, reports));
        types.addAll(specimens.syncedTypes());
        this.syncStore = new SyncStore(database, outbox, patients, cases, types);
        this.warmUp = new ListIndexWarmUp(database);
    }

    /**
     * Reads the list indexes into the store's cache on a thread of its own, so that the first
     * searches of the day do not wait for the file (called once after login; stopped by close).
     */
    public CompletableFuture<Duration> warmListsInBackground() {
        return warmUp.start();
    }

    public Database database() {
        return database;
    }

    public Session session() {
        return session;
    }

    public AuditLog audit() {
        return audit;
    }

    public Outbox outbox() {
        return outbox;
    }

    public NumberSequence numbers() {
        return numbers;
    }

    public PatientRepository patients() {
        return patients;
    }

    public CaseRepository cases() {
        return cases;
    }

    public UserRepository users() {
        return users;
    }

    public SiteRepository sites() {
        return sites;
    }

    public SyncedTable<Referral> referrals() {
        return referrals;
    }

    public SyncedTable<FollowUp> followUps() {
        return followUps;
    }

    public SyncedTable<RegistryEntry> registry() {
        return registry;
    }

    /** The monthly reports (统计月报表), one per county and period. */
    public SyncedTable<MonthlyReport> reports() {
        return reports;
    }

    /** The treatment ledger (救治台账). */
    public SyncedTable<LedgerEntry> ledger() {
        return ledger;
    }

    public SpecimenStore specimens() {
        return specimens;
    }

    /** The outbox, the synced records and sync's own tables, for the sync engine and its services. */
    public SyncStore syncStore() {
        return syncStore;
    }

    /**
     * The rules in force here: the shipped ones with this store's pulled reference data laid over
     * them, built on first use (a store read: not on the JavaFX thread) and again after a pull.
     */
    public RuleBook rules() {
        RuleBook r = rules;
        if (r == null) {
            r = shipped().forWorkspace(this);
            rules = r;
        }
        return r;
    }

    /**
     * Takes these rules as the ones in force: rules already laid over this store's reference data
     * as they are, shipped rules as the base the pulled data is laid over on first use.
     */
    public void useRules(RuleBook given) {
        this.shippedRules = given.shipped();
        this.rules = given == given.shipped() ? null : given;
    }

    private RuleBook shipped() {
        RuleBook s = shippedRules;
        if (s == null) {
            s = RuleBook.defaults();
            shippedRules = s;
        }
        return s;
    }

    /** A sync wrote records of these types here: new settings or a new disease list rebuild the rules. */
    public void pulled(Set<String> entityTypes) {
        if (entityTypes.contains(EntityTypes.SETTING) || entityTypes.contains(EntityTypes.DISEASE)) {
            rules = shipped().forWorkspace(this);
        }
    }

    DataKey key() {
        return key;
    }

    Keyring keyring() {
        return keyring;
    }

    /**
     * Rewrites the store file to its live size, then closes the workspace like {@link #close()}.
     * It takes the store offline for as long as the rewrite lasts (about 20 s at a million cases).
     */
    public void compactAndClose() {
        warmUp.stop();
        try {
            database.compact();
        } finally {
            key.destroy();
        }
    }

    @Override
    public void close() {
        warmUp.stop();
        database.close();
        key.destroy();
    }
}
