package cn.screening.workstation.service;

import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.CaseRepository;
import cn.screening.workstation.store.DataKey;
import cn.screening.workstation.store.Database;
import cn.screening.workstation.store.FollowUpRepository;
import cn.screening.workstation.store.Keyring;
import cn.screening.workstation.store.ListIndexWarmUp;
import cn.screening.workstation.store.NumberSequence;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.PatientRepository;
import cn.screening.workstation.store.ReferralRepository;
import cn.screening.workstation.store.RegistryRepository;
import cn.screening.workstation.store.SiteRepository;
import cn.screening.workstation.store.SyncStore;
import cn.screening.workstation.store.SyncedType;
import cn.screening.workstation.store.UserRepository;
import cn.screening.workstation.store.specimen.SpecimenStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private final ReferralRepository referrals = new ReferralRepository(outbox, audit);
    private final FollowUpRepository followUps = new FollowUpRepository(outbox, audit);
    private final RegistryRepository registry = new RegistryRepository(outbox, audit);
    private final SpecimenStore specimens = new SpecimenStore(outbox, audit, cases);
    private final SyncStore syncStore;
    private final ListIndexWarmUp warmUp;

    Workspace(Database database, DataKey key, Keyring keyring, Session session) {
        this.database = database;
        this.key = key;
        this.keyring = keyring;
        this.session = session;
        List<SyncedType> types = new ArrayList<>(List.of(referrals, followUps, registry));
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

    public ReferralRepository referrals() {
        return referrals;
    }

    public FollowUpRepository followUps() {
        return followUps;
    }

    public RegistryRepository registry() {
        return registry;
    }

    public SpecimenStore specimens() {
        return specimens;
    }

    /** The outbox, the synced records and sync's own tables, for the sync engine and its services. */
    public SyncStore syncStore() {
        return syncStore;
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
