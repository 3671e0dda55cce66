package cn.screening.workstation.bench;

import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.audit.AuditChain;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditChainVerdict;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The audit benchmark: N chained audit lines appended as interactive saves append them (one line, its
 * link and the chain head's update in the caller's transaction), then the whole chain verified as
 * `audit verify` and the audit screen's check do.
 */
public final class AuditBench {

    /** lines per transaction while appending: a bulk job's size, the chain is linked line by line all the same */
    static final int PER_TRANSACTION = 1_000;

    private final Consumer<String> progress;

    public AuditBench(Consumer<String> progress) {
        this.progress = progress;
    }

    public BenchReport run(int lines, Path folder) {
        boolean madeFolder = Benches.prepare(folder);
        Map<String, String> figures = new LinkedHashMap<>();
        try {
            Workstation workstation = new Workstation(folder, LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, Clock.systemDefaultZone());
            char[] password = Benches.generatedPassword();
            workstation.setUp(CaseBench.SITE, CaseBench.ADMIN, "性能测试", password);
            try (Workspace ws = Benches.login(workstation, password)) {
                long t0 = System.nanoTime();
                for (int done = 0; done < lines; done += PER_TRANSACTION) {
                    int from = done;
                    int to = Math.min(lines, done + PER_TRANSACTION);
                    ws.database().write(ws.session().actor(), tx -> {
                        for (int n = from; n < to; n++) {
                            ws.audit().append(tx, AuditAction.VIEW, "patient", Integer.toString(n), "bench line " + n);
                        }
                        return null;
                    });
                    if (to % (PER_TRANSACTION * 20) == 0) {
                        progress.accept("appended " + to + " of " + lines);
                    }
                }
                double appendS = (System.nanoTime() - t0) / 1e9;
                figures.put("lines", Integer.toString(lines));
                figures.put("append_s", String.format(java.util.Locale.ROOT, "%.1f", appendS));
                figures.put("append_per_s", Long.toString(Math.round(lines / appendS)));
                progress.accept("verifying the chain");
                AuditChainVerdict v;
                double verifyS;
                long heapMb;
                try (HeapPeak heap = HeapPeak.start()) {
                    long t1 = System.nanoTime();
                    v = AuditChain.verify(ws.database());
                    verifyS = (System.nanoTime() - t1) / 1e9;
                    heapMb = heap.mb();
                }
                if (!v.intact()) {
                    throw new IllegalStateException("the bench's own audit chain is broken at " + v.broken().chainNo());
                }
                figures.put("verified_lines", Long.toString(v.lines()));
                figures.put("verify_s", String.format(java.util.Locale.ROOT, "%.1f", verifyS));
                figures.put("verify_per_s", Long.toString(Math.round(v.lines() / verifyS)));
                figures.put("verify_heap_peak_mb", Long.toString(heapMb));
                figures.put("file_mb", Long.toString(Benches.mb(ws.database().fileSize())));
            }
        } finally {
            Benches.delete(folder, madeFolder);
        }
        return new BenchReport(figures, List.of());
    }
}
