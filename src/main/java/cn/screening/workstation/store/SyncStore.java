package cn.screening.workstation.store;

import java.util.List;

/** The store as sync sees it: the outbox, the synced records, and sync's own tables, over one database. */
public final class SyncStore {

    private final Database database;
    private final Outbox outbox;
    private final SyncedRecords records;
    private final SyncStateRepository state = new SyncStateRepository();
    private final SyncBatchRepository batches;
    private final ConflictRepository conflicts = new ConflictRepository();
    private final ReferenceRepository references = new ReferenceRepository();
    private final PullBacklog backlog = new PullBacklog();

    public SyncStore(Database database, Outbox outbox, PatientRepository patients, CaseRepository cases) {
        this(database, outbox, patients, cases, List.of());
    }

    /** With the entity types features add beside patients and cases. */
    public SyncStore(Database database, Outbox outbox, PatientRepository patients, CaseRepository cases, List<SyncedType> more) {
        this.database = database;
        this.outbox = outbox;
        this.records = new SyncedRecords(patients, cases, more);
        this.batches = new SyncBatchRepository(outbox);
    }

    public Database database() {
        return database;
    }

    public Outbox outbox() {
        return outbox;
    }

    public SyncedRecords records() {
        return records;
    }

    public SyncStateRepository state() {
        return state;
    }

    public SyncBatchRepository batches() {
        return batches;
    }

    public ConflictRepository conflicts() {
        return conflicts;
    }

    public ReferenceRepository references() {
        return references;
    }

    public PullBacklog backlog() {
        return backlog;
    }
}
