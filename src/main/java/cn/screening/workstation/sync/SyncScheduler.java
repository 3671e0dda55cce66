package cn.screening.workstation.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background sync on one named daemon thread: probes the server cheaply, backs off (with jitter)
 * while it does not answer, syncs by itself as soon as it does, and again every {@code interval}
 * while it stays up. {@link #syncNow()} skips the wait and the probe.
 */
public final class SyncScheduler implements AutoCloseable {

    public static final String THREAD_NAME = "sync";
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final SyncEngine engine;
    private final SyncStatus status;
    private final Backoff backoff;
    private final Duration interval;
    private final ScheduledExecutorService thread;
    private ScheduledFuture<?> next;
    private boolean closed;

    public SyncScheduler(SyncEngine engine, SyncStatus status, Backoff backoff, Duration interval) {
        this.engine = engine;
        this.status = status;
        this.backoff = backoff;
        this.interval = interval;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, THREAD_NAME);
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.thread = executor;
    }

    /** Starts probing now. */
    public synchronized void start() {
        schedule(Duration.ZERO);
    }

    /** Starts probing after a while, e.g. once the main window has settled after login. */
    public synchronized void startAfter(Duration delay) {
        schedule(delay);
    }

    /** One full sync as soon as the thread is free, without probing first; completes with its report. */
    public synchronized CompletableFuture<SyncReport> syncNow() {
        CompletableFuture<SyncReport> done = new CompletableFuture<>();
        if (closed) {
            done.cancel(false);
            return done;
        }
        if (next != null) {
            next.cancel(false);
        }
        thread.execute(() -> {
            try {
                done.complete(runOnce(true));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private void tick() {
        try {
            runOnce(false);
        } catch (RuntimeException e) {
            // runOnce has already scheduled the next round
            LOG.warn("background sync failed", e);
        }
    }

    /** Probes (unless forced), syncs if the server answers, and schedules the next round. */
    private SyncReport runOnce(boolean forced) {
        status.syncing(true);
        SyncReport report = null;
        try {
            Optional<SyncFailure> down = forced ? Optional.empty() : engine.probe();
            if (down.isPresent()) {
                scheduleAfterFailure();
                return null;
            }
            report = engine.syncOnce();
            status.pulled(report.pulledTypes());
            if (report.failure() != null) {
                scheduleAfterFailure();
            } else {
                backoff.reset();
                schedule(interval);
            }
            return report;
        } catch (RuntimeException e) {
            scheduleAfterFailure();
            throw e;
        } finally {
            status.syncing(false);
        }
    }

    private void scheduleAfterFailure() {
        schedule(backoff.next());
    }

    private synchronized void schedule(Duration delay) {
        if (closed) {
            return;
        }
        if (next != null) {
            next.cancel(false);
        }
        next = thread.schedule(this::tick, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the thread; a sync in progress finishes its current transaction (the store stays consistent either way). */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
