package cn.screening.workstation.sync;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Release;
import cn.screening.workstation.store.ConsentHolds;
import cn.screening.workstation.store.ReferenceRepository;
import cn.screening.workstation.store.SyncStateRepository.SyncState;
import cn.screening.workstation.store.SyncStore;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the status bar shows about sync, without JavaFX: a snapshot read from the store, and
 * listeners told of each new one (on the thread that made it; a screen hands it to its own thread).
 */
public final class SyncStatus {

    /** OK only when nothing waits; a screen paints OK green, PENDING amber, ERROR red. */
    public enum Level { OK, PENDING, ERROR }

    /**
     * @param oldestPendingAt when the oldest change still waiting was made, or null
     * @param unstored        pulled records this workstation could not store
     * @param lastError       the sentence for the last failure, or null after a success
     * @param upgradeTo       the oldest release the province still wants, when this one is older; else null
     * @param auditMismatch   the server found this workstation's audit history rewritten (decision 0018)
     * @param awaitingConsent minors whose records wait here for the guardian's consent (rule 10): 待监护人同意 N 人
     */
    public record Snapshot(long pending, Instant oldestPendingAt, long quarantined, long conflicts, long unstored,
                           Instant lastSuccessAt, String lastError, boolean syncing, boolean enrolled, String upgradeTo,
                           boolean auditMismatch, long awaitingConsent) {

        public static final Snapshot UNKNOWN = new Snapshot(0, null, 0, 0, 0, null, null, false, false, null, false, 0);

        public Snapshot(long pending, Instant oldestPendingAt, long quarantined, long conflicts, long unstored,
                        Instant lastSuccessAt, String lastError, boolean syncing, boolean enrolled, String upgradeTo) {
            this(pending, oldestPendingAt, quarantined, conflicts, unstored, lastSuccessAt, lastError, syncing, enrolled, upgradeTo, false, 0);
        }

        public Snapshot(long pending, Instant oldestPendingAt, long quarantined, long conflicts, long unstored,
                        Instant lastSuccessAt, String lastError, boolean syncing, boolean enrolled, String upgradeTo,
                        boolean auditMismatch) {
            this(pending, oldestPendingAt, quarantined, conflicts, unstored, lastSuccessAt, lastError, syncing, enrolled, upgradeTo,
                    auditMismatch, 0);
        }

        public Snapshot(long pending, Instant oldestPendingAt, long quarantined, long conflicts, long unstored,
                        Instant lastSuccessAt, String lastError, boolean syncing, boolean enrolled, String upgradeTo,
                        long awaitingConsent) {
            this(pending, oldestPendingAt, quarantined, conflicts, unstored, lastSuccessAt, lastError, syncing, enrolled, upgradeTo,
                    false, awaitingConsent);
        }

        public Snapshot(long pending, Instant oldestPendingAt, long quarantined, long conflicts, long unstored,
                        Instant lastSuccessAt, String lastError, boolean syncing, boolean enrolled) {
            this(pending, oldestPendingAt, quarantined, conflicts, unstored, lastSuccessAt, lastError, syncing, enrolled, null);
        }

        /** Never OK while anything is pending, quarantined, in conflict or not stored, or sync cannot run. */
        public Level level() {
            if (!enrolled || lastError != null || auditMismatch || quarantined > 0 || conflicts > 0 || unstored > 0) {
                return Level.ERROR;
            }
            return pending > 0 || syncing ? Level.PENDING : Level.OK;
        }

        public Duration oldestPendingAge(Instant now) {
            return oldestPendingAt == null ? Duration.ZERO : Duration.between(oldestPendingAt, now);
        }
    }

    private final SyncStore store;
    private final Sentences sentences;
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Set<String>>> pullListeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot current = Snapshot.UNKNOWN;
    private volatile boolean syncing;

    public SyncStatus(SyncStore store, Sentences sentences) {
        this.store = store;
        this.sentences = sentences;
    }

    public Snapshot snapshot() {
        return current;
    }

    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Snapshot> listener) {
        listeners.remove(listener);
    }

    /** Reads the counts from the store and tells the listeners (a store read: not on a screen's thread). */
    public Snapshot refresh() {
        Snapshot s = store.database().read(tx -> {
            SyncState state = store.state().load(tx);
            String error = state.lastErrorKey() == null ? null
                    : sentences.of(state.lastErrorKey(), state.lastErrorArgs().toArray());
            return new Snapshot(store.outbox().pendingCount(tx), store.outbox().oldestPendingAt(tx).orElse(null),
                    store.outbox().quarantinedCount(tx), store.conflicts().openCount(tx), store.backlog().count(tx),
                    state.lastSuccessAt(), error, syncing,
                    state.enrolled() && state.serverUrl() != null, upgradeTo(tx), store.state().auditMismatchAt(tx) != null,
                    ConsentHolds.waitingPatients(tx, ConsentHolds.today(tx)).size());
        });
        current = s;
        for (Consumer<Snapshot> l : listeners) {
            l.accept(s);
        }
        return s;
    }

    /** The province's minimum release, pulled as a setting, when this build is older than it. */
    private String upgradeTo(Tx tx) throws SQLException {
        for (ReferenceRepository.ReferenceItem item : store.references().list(tx, EntityTypes.SETTING)) {
            if (Release.MIN_CLIENT_SETTING.equals(item.code()) && item.payload() != null) {
                String min = item.payload().path("value").asText(null);
                return Release.valid(min) && Release.older(Release.CURRENT, min) ? min : null;
            }
        }
        return null;
    }

    /** Tells the pull listeners which entity types a sync wrote here (on the sync thread). */
    void pulled(Set<String> entityTypes) {
        if (entityTypes.isEmpty()) {
            return;
        }
        for (Consumer<Set<String>> l : pullListeners) {
            l.accept(entityTypes);
        }
    }

    /** Told after each sync that wrote records here, with their entity types: open screens read again. */
    public void addPullListener(Consumer<Set<String>> listener) {
        pullListeners.add(listener);
    }

    void syncing(boolean now) {
        syncing = now;
        refresh();
    }
}
