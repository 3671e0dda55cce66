package cn.screening.workstation.bench;

import cn.screening.workstation.service.Backups;
import cn.screening.workstation.service.RestoreCheck;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The backup benchmark: a county-hospital workstation with N synthetic cases (loaded as `bench cases`
 * loads them), backed up while open — as the daily backup runs beside the user's work — then restored
 * into an empty folder with every table's rows and the audit chain checked, as `backup restore` does.
 */
public final class BackupBench {

    private final Consumer<String> progress;

    public BackupBench(Consumer<String> progress) {
        this.progress = progress;
    }

    public BenchReport run(int cases, Path folder, long seed) {
        boolean madeFolder = Benches.prepare(folder);
        Map<String, String> figures = new LinkedHashMap<>();
        Path data = folder.resolve("workstation");
        Path file = folder.resolve("bench.scbak");
        Path restored = folder.resolve("restored");
        char[] recovery = Benches.generatedPassword();
        Backups backups = new Backups(LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, RestoreCheck.TABLES);
        try {
            Workstation workstation = new Workstation(data, LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, Clock.systemDefaultZone());
            char[] password = Benches.generatedPassword();
            workstation.setUp(CaseBench.SITE, CaseBench.ADMIN, "性能测试", password);
            try (Workspace ws = Benches.login(workstation, password)) {
                progress.accept("loading " + cases + " cases");
                new CaseBench(progress).load(ws, RuleBook.defaults(), new CaseBench.Options(cases, data, false, 1, 0, null, false, seed,
                        CaseBench.DEFAULT_BATCH), figures);
                figures.keySet().retainAll(java.util.Set.of("insert_per_s"));
                figures.put("cases", Integer.toString(cases));
                figures.put("store_mb", Long.toString(Benches.mb(ws.database().fileSize())));
                progress.accept("backing up");
                Backups.Made made;
                try (HeapPeak heap = HeapPeak.start()) {
                    long t0 = System.nanoTime();
                    made = backups.create(ws, file, recovery);
                    figures.put("backup_s", seconds(t0));
                    figures.put("backup_heap_peak_mb", Long.toString(heap.mb()));
                }
                figures.put("backup_mb", String.format(java.util.Locale.ROOT, "%.1f", made.bytes() / (1024.0 * 1024.0)));
                figures.put("tables", Integer.toString(made.tables()));
                figures.put("rows", Long.toString(made.rows()));
            }
            progress.accept("restoring");
            try (HeapPeak heap = HeapPeak.start()) {
                long t0 = System.nanoTime();
                Backups.Restored r = backups.restore(file, recovery, restored, Clock.systemDefaultZone());
                figures.put("restore_s", seconds(t0));
                figures.put("restore_heap_peak_mb", Long.toString(heap.mb()));
                figures.put("restored_rows", Long.toString(r.rows()));
            }
        } finally {
            Benches.delete(folder, madeFolder);
        }
        return new BenchReport(figures, java.util.List.of());
    }

    static String seconds(long startNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }
}
