package cn.screening.workstation.sync;

import cn.screening.workstation.protocol.AuditHeadAnswer;
import cn.screening.workstation.protocol.AuditHeadClaim;
import cn.screening.workstation.protocol.Health;
import cn.screening.workstation.protocol.PullResponse;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.protocol.PushResponse;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.store.Actor;
import cn.screening.workstation.store.AuditHead;
import cn.screening.workstation.store.AuditLog;
import cn.screening.workstation.store.Database;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.store.SyncBatchRepository.InFlightBatch;
import cn.screening.workstation.store.SyncStateRepository.SyncState;
import cn.screening.workstation.store.SyncStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One full sync: push the outbox oldest first in batches, then pull page by page. Every step that
 * changes the store is one transaction, ordered so that a process killed at any line loses nothing
 * and doubles nothing: a batch is stored as in flight before it is sent and resent under the same id
 * until its answer is applied; a page and the cursor after it commit together.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    public static final int PULL_PAGE = 500;

    private final SyncStore store;
    private final SyncApi api;
    private final Actor actor;
    private final BatchSizer sizer;
    private final LongSupplier nanoTicker;
    private final PushApplier pushApplier;
    private final PullApplier pullApplier;
    private final OutgoingBatches batches;
    private final AuditLog audit = new AuditLog();
    private final ReentrantLock running = new ReentrantLock();
    /** Sends a batch while this thread applies the previous answer; idle, its thread ends. */
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "sync-push-sender");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param actor      who sync's own writes are attributed to (a "sync" user at this site)
     * @param nanoTicker measures how long the server took to answer a batch (System::nanoTime)
     */
    public SyncEngine(SyncStore store, SyncApi api, Actor actor, BatchSizer sizer, LongSupplier nanoTicker) {
        this.store = store;
        this.api = api;
        this.actor = actor;
        this.sizer = sizer;
        this.nanoTicker = nanoTicker;
        this.pushApplier = new PushApplier(store);
        this.pullApplier = new PullApplier(store);
        this.batches = new OutgoingBatches(store, sizer, actor);
        sender.allowCoreThreadTimeOut(true);
    }

    public BatchSizer sizer() {
        return sizer;
    }

    /** The cheap probe; a failure is recorded so the status bar can say why nothing moves. */
    public Optional<SyncFailure> probe() {
        SyncState state = db().read(tx -> store.state().load(tx));
        if (state.serverUrl() == null || !state.enrolled()) {
            SyncFailure f = new SyncFailure.NotEnrolled("no device token or server address");
            recordFailure(f);
            return Optional.of(f);
        }
        ApiResult<Health> health = api.health(state.serverUrl());
        if (health instanceof ApiResult.Failed<Health> failed) {
            recordFailure(failed.failure());
            return Optional.of(failed.failure());
        }
        return Optional.empty();
    }

    /** One push of everything waiting, then one pull of everything new; stops at the first failure. */
    public SyncReport syncOnce() {
        running.lock();
        try {
            SyncState state = db().read(tx -> store.state().load(tx));
            if (state.serverUrl() == null || !state.enrolled()) {
                return finish(0, 0, Set.of(), new SyncFailure.NotEnrolled("no device token or server address"));
            }
            int[] pushed = {0};
            SyncFailure failure = push(state, pushed);
            if (failure == null) {
                failure = pushAuditHead(state);
            }
            if (failure != null) {
                return finish(pushed[0], 0, Set.of(), failure);
            }
            int[] pulled = {0};
            Set<String> types = new HashSet<>();
            failure = pull(state, pulled, types);
            return finish(pushed[0], pulled[0], types, failure);
        } finally {
            running.unlock();
        }
    }

    /** One push of everything waiting, without the pull (what the benchmark times). */
    public SyncReport pushOnce() {
        running.lock();
        try {
            SyncState state = db().read(tx -> store.state().load(tx));
            if (state.serverUrl() == null || !state.enrolled()) {
                return finish(0, 0, Set.of(), new SyncFailure.NotEnrolled("no device token or server address"));
            }
            int[] pushed = {0};
            SyncFailure failure = push(state, pushed);
            return finish(pushed[0], 0, Set.of(), failure);
        } finally {
            running.unlock();
        }
    }

    /**
     * Pushes batch after batch, one step ahead: while the server judges batch N, the next batch is
     * taken (stored in flight, leaving out N's records) and, once N's answer is in, sent before N's
     * answer is applied, so the workstation's writes and the server's run side by side. A batch goes
     * to the server only after the one before it was answered, so the server still judges them in
     * order; at most two batches are stored in flight, and after a failure both are resent, oldest
     * first, under their ids.
     */
    private SyncFailure push(SyncState state, int[] pushed) {
        OutgoingBatches.Outgoing current = db().write(actor, tx -> batches.take(tx, null));
        if (current == null) {
            return null;
        }
        CompletableFuture<Sent> sending = send(state, current);
        while (true) {
            OutgoingBatches.Outgoing taking = current;
            OutgoingBatches.Outgoing next = db().write(actor, tx -> batches.take(tx, taking));
            Sent sent = await(sending);
            CompletableFuture<Sent> nextSending = null;
            if (sent.result() instanceof ApiResult.Ok<PushResponse> ok) {
                if (next != null) {
                    nextSending = send(state, next);
                }
                PushApplier.Applied applied = db().write(actor, tx -> pushApplier.apply(tx, taking.batch().batchId(), ok.value().results()));
                pushed[0] += applied.acknowledged();
                sizer.answered(sent.took());
                LOG.info("batch {} of {}: {} acknowledged, {} conflicts, {} refused, {} ms", current.batch().batchId(),
                        current.entries().size(), applied.acknowledged(), applied.conflicts(), applied.rejected(), sent.took().toMillis());
            } else {
                SyncFailure failure = ((ApiResult.Failed<PushResponse>) sent.result()).failure();
                if (!(failure instanceof SyncFailure.Refused refused && refusedUnread(refused.status()))) {
                    sizer.failed();
                    // a batch taken meanwhile stays in flight, unsent: the next push sends it after this one
                    LOG.info("batch {} of {} not answered, kept for resending: {}", current.batch().batchId(), current.entries().size(),
                            failure.detail());
                    return failure;
                }
                refusedWhole(current.batch(), current.entries(), refused);
                if (next != null) {
                    nextSending = send(state, next);
                }
            }
            if (next == null) {
                next = db().write(actor, tx -> batches.take(tx, null));
                if (next == null) {
                    return null;
                }
                nextSending = send(state, next);
            }
            current = next;
            sending = nextSending;
        }
    }

    /**
     * Sends the audit chain head, vouching for the link at the head the server last took, so the server
     * sees whether this history was rewritten since (docs/decisions/0018-audit-chain.md). At most twice:
     * when the server keeps another head than the one remembered here, it names it and is asked again.
     */
    private SyncFailure pushAuditHead(SyncState state) {
        AuditHeadClaim claim = db().read(tx -> {
            AuditHead head = audit.head(tx);
            Long acked = store.state().auditAckedChainNo(tx);
            return new AuditHeadClaim(head.chainNo(), head.hash(), acked, acked == null ? null : audit.hashAt(tx, acked));
        });
        for (int attempt = 0; attempt < 2; attempt++) {
            PushRequest headOnly = new PushRequest(UUID.randomUUID(), List.of(), claim);
            ApiResult<PushResponse> result = api.push(state.serverUrl(), state.token(), headOnly);
            if (result instanceof ApiResult.Failed<PushResponse> failed) {
                return failed.failure();
            }
            AuditHeadAnswer answer = ((ApiResult.Ok<PushResponse>) result).value().auditHead();
            if (answer == null) {
                return null; // a server older than the audit chain
            }
            if (!AuditHeadAnswer.VOUCH.equals(answer.status())) {
                boolean mismatch = AuditHeadAnswer.MISMATCH.equals(answer.status());
                if (mismatch) {
                    LOG.warn("the server found this workstation's audit history rewritten before line {}", claim.chainNo());
                }
                long taken = claim.chainNo();
                db().write(actor, tx -> {
                    store.state().auditHeadAnswered(tx, taken, mismatch);
                    return null;
                });
                return null;
            }
            long asked = answer.chainNo();
            claim = new AuditHeadClaim(claim.chainNo(), claim.hash(), asked, db().read(tx -> audit.hashAt(tx, asked)));
        }
        return null;
    }

    /** Sends a batch on the sender thread; its answer (or failure) and how long the server took. */
    private CompletableFuture<Sent> send(SyncState state, OutgoingBatches.Outgoing o) {
        return CompletableFuture.supplyAsync(() -> {
            PushRequest request = new PushRequest(o.batch().batchId(), o.entries().stream().map(batches::change).toList());
            long started = nanoTicker.getAsLong();
            ApiResult<PushResponse> result = api.push(state.serverUrl(), state.token(), request);
            return new Sent(result, Duration.ofNanos(nanoTicker.getAsLong() - started));
        }, sender);
    }

    private static Sent await(CompletableFuture<Sent> sending) {
        try {
            return sending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private record Sent(ApiResult<PushResponse> result, Duration took) {
    }

    /** 400, 413 and 422 mean the server did not take the batch in: it can be split without doubling anything. */
    private static boolean refusedUnread(int status) {
        return status == 400 || status == 413 || status == 422;
    }

    private void refusedWhole(InFlightBatch batch, List<OutboxEntry> entries, SyncFailure.Refused refused) {
        db().write(actor, tx -> {
            if (entries.size() == 1) {
                List<Reason> reasons = refused.reasons() != null && !refused.reasons().isEmpty() ? refused.reasons()
                        : List.of(new Reason(refused.code(), null, refused.message()));
                store.outbox().quarantine(tx, entries.get(0).changeId(), reasons);
            }
            store.outbox().returnToQueue(tx, batch.batchId());
            store.batches().finish(tx, batch.batchId());
            return null;
        });
        sizer.refusedWhole(entries.size());
        LOG.warn("batch {} of {} refused whole ({}); sending smaller batches", batch.batchId(), entries.size(), refused.detail());
    }

    private SyncFailure pull(SyncState state, int[] pulled, Set<String> types) {
        while (true) {
            long cursor = db().read(tx -> store.state().load(tx)).pullCursor();
            ApiResult<PullResponse> result = api.pull(state.serverUrl(), state.token(), cursor, PULL_PAGE);
            if (result instanceof ApiResult.Failed<PullResponse> failed) {
                return failed.failure();
            }
            PullResponse page = ((ApiResult.Ok<PullResponse>) result).value();
            pulled[0] += db().write(actor, tx -> {
                int n = pullApplier.applyPage(tx, page.records());
                store.state().setPullCursor(tx, Math.max(cursor, page.nextCursor()));
                return n;
            });
            page.records().forEach(r -> types.add(r.entityType()));
            if (!page.hasMore() || page.nextCursor() <= cursor) {
                return null;
            }
        }
    }

    private SyncReport finish(int pushed, int pulled, Set<String> types, SyncFailure failure) {
        if (failure == null) {
            db().write(actor, tx -> {
                store.state().succeeded(tx);
                return null;
            });
        } else {
            recordFailure(failure);
        }
        return db().read(tx -> new SyncReport(pushed, pulled, store.outbox().pendingCount(tx), store.outbox().quarantinedCount(tx),
                store.conflicts().openCount(tx), store.backlog().count(tx), failure, types));
    }

    private void recordFailure(SyncFailure f) {
        db().write(actor, tx -> {
            store.state().failed(tx, f.messageKey(), Arrays.stream(f.args()).map(String::valueOf).toList(), f.detail());
            return null;
        });
    }

    private Database db() {
        return store.database();
    }
}
