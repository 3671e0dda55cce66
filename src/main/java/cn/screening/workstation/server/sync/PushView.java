package cn.screening.workstation.server.sync;

import cn.screening.workstation.server.store.PushLedger.AppliedChange;
import cn.screening.workstation.server.store.StoredRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The store as the judging of one push sees it: the ledger and the records, read and written. Lets
 * a whole batch be judged against look-ups made once and writes sent together ({@link StagedView}),
 * or change by change under savepoints when that fails ({@link DirectView}).
 */
interface PushView {

    /** The batch's connection, for rules that read other tables (e.g. whether a site exists). */
    Connection connection();

    Optional<AppliedChange> applied(UUID changeId) throws SQLException;

    Optional<StoredRecord> record(String entityType, UUID entityId) throws SQLException;

    long nextVersion() throws SQLException;

    /** The site registry, each site read once for the batch. */
    BatchSites sites();

    /**
     * The live patients the store holds with this identity key, by id, with the site owning each
     * (the staged view reads the keys of a batch's new patients with one query).
     */
    Map<UUID, String> storedPatients(String identityKey) throws SQLException;

    /** Stores a record at its new version and remembers the change that made it. */
    void write(StoredRecord r, boolean isNew, AppliedChange change) throws SQLException;

    /**
     * A live patient with this identity key written earlier in this batch but not yet in the store,
     * other than {@code self}; none when every write reaches the store at once ({@link DirectView}).
     */
    default Optional<PatientIdentities.Twin> stagedPatient(String identityKey, UUID self) {
        return Optional.empty();
    }

    /**
     * The records of a type this batch wrote that are not yet in the store, in their last state; none
     * when every write reaches the store at once ({@link DirectView}).
     */
    default List<StoredRecord> staged(String entityType) {
        return List.of();
    }

    /** Remembers a change that made nothing new (the record keeps its version). */
    void remember(AppliedChange change) throws SQLException;
}
