package cn.screening.workstation.app;

import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.SyncSetup;
import cn.screening.workstation.sync.Backoff;
import cn.screening.workstation.sync.SyncApi;
import cn.screening.workstation.sync.SyncScheduler;
import cn.screening.workstation.sync.SyncStatus;
import cn.screening.workstation.sync.SyncStatus.Snapshot;
import cn.screening.workstation.ui.shell.SyncControl;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One session's sync: the enrolment service, the status and the background scheduler. Lives as long
 * as the login (a language reload keeps it) and is closed before the workspace.
 */
final class SessionSync implements SyncControl, AutoCloseable {

    /** How often a reachable server is synced with while nothing else asks. */
    static final Duration INTERVAL = Duration.ofMinutes(2);

    private final SyncSetup setup;
    private final SyncStatus status;
    private final SyncScheduler scheduler;
    private final Duration firstSyncAfter;
    private volatile Consumer<Snapshot> shown;
    private volatile Consumer<Set<String>> pulled;

    SessionSync(Services services, Duration firstSyncAfter) {
        this.setup = services.syncSetup(SyncApi.create(SyncApi.Timeouts.DEFAULT));
        this.status = new SyncStatus(services.workspace().syncStore(), services.texts()::get);
        this.scheduler = new SyncScheduler(setup.engine(), status, Backoff.standard(), INTERVAL);
        this.firstSyncAfter = firstSyncAfter;
        status.addListener(s -> {
            Consumer<Snapshot> l = shown;
            if (l != null) {
                l.accept(s);
            }
        });
        status.addPullListener(types -> {
            services.workspace().pulled(types); // new settings rebuild the rules before any screen reads again
            Consumer<Set<String>> l = pulled;
            if (l != null) {
                l.accept(types);
            }
        });
    }

    SyncSetup setup() {
        return setup;
    }

    /** Reads the status and starts background sync when this workstation is enrolled (a store read: off the FX thread). */
    void begin() {
        if (status.refresh().enrolled()) {
            scheduler.startAfter(firstSyncAfter);
        }
    }

    /** Just enrolled: sync at once, and from now on in the background. */
    void enrolled() {
        scheduler.start();
    }

    @Override
    public void show(Consumer<Snapshot> listener) {
        shown = listener;
    }

    @Override
    public void whenPulled(Consumer<Set<String>> listener) {
        pulled = listener;
    }

    @Override
    public Snapshot refresh() {
        return status.refresh();
    }

    @Override
    public void syncNow() {
        scheduler.syncNow();
    }

    @Override
    public void close() {
        shown = null;
        pulled = null;
        scheduler.close();
    }
}
