package cn.screening.workstation.service;

import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.CaseRepository;
import cn.screening.workstation.store.DataKey;
import cn.screening.workstation.store.Database;
import cn.screening.workstation.store.Keyring;
import cn.screening.workstation.store.NumberSequence;
import cn.screening.workstation.store.Outbox;
import cn.screening.workstation.store.PatientRepository;
import cn.screening.workstation.store.SiteRepository;
import cn.screening.workstation.store.SyncStore;
import cn.screening.workstation.store.UserRepository;
import cn.screening.workstation.store.specimen.SpecimenStore;

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
    private final SpecimenStore specimens = new SpecimenStore(outbox, audit, cases);
    private final SyncStore syncStore;

    Workspace(Database database, DataKey key, Keyring keyring, Session session) {
        this.database = database;
        this.key = key;
        this.keyring = keyring;
        this.session = session;
        this.syncStore = new SyncStore(database, outbox, patients, cases, specimens.syncedTypes());
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

    /** Samples, boxes, receipts and lab results. */
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
        try {
            database.compact();
        } finally {
            key.destroy();
        }
    }

    @Override
    public void close() {
        database.close();
        key.destroy();
    }
}
