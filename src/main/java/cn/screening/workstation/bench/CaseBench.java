package cn.screening.workstation.bench;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.service.CaseBrowser;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.Actor;
import cn.screening.workstation.domain.cases.CaseQuery;
import cn.screening.workstation.domain.cases.CaseSort;
import cn.screening.workstation.store.Database;
import cn.screening.workstation.store.NumberedCase;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The case-list benchmark: a fresh county-hospital workstation of 义县, N synthetic patients and
 * cases inserted through the real repositories (with their outbox and audit rows), then the three
 * searches a user runs most, each through the real {@link CaseBrowser} (a page of 50 and its count),
 * and the file's size before and after compaction.
 */
public final class CaseBench {

    public static final String ADMIN = "bench-admin";
    public static final String PASSWORD_FILE = "bench-password.txt";
    static final SiteProfile SITE = new SiteProfile("210727-C", InstitutionType.COUNTY, "210727", "义县人民医院");
    public static final int DEFAULT_BATCH = 1_000;
    private static final int PAGE = 50;
    private static final int ID_SAMPLES = 1_000;
    /** Rows of the patient list imported through the real import (a large county list). */
    static final int IMPORT_ROWS = 10_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * @param folder   where the workstation goes; must be absent or empty
     * @param keep     leave the folder (and the admin password in {@value #PASSWORD_FILE}) for inspection
     * @param queries  measured queries of each kind
     * @param cacheMb  the store's page cache, or null for the app's default
     * @param explain  also return H2's plans of one query of each kind
     * @param batch    cases per load transaction ({@value #DEFAULT_BATCH}, as an import commits them)
     */
    public record Options(int cases, Path folder, boolean keep, int queries, int warmup, Integer cacheMb, boolean explain, long seed,
                          int batch) {

        public Options {
            if (batch < 1) {
                throw new IllegalArgumentException("batch must be at least 1");
            }
            if (cases < 1) {
                throw new IllegalArgumentException("cases must be at least 1");
            }
            if (queries < 1 || warmup < 0) {
                throw new IllegalArgumentException("queries must be at least 1");
            }
        }
    }

    /** The kinds of search measured, each with how its queries are drawn. */
    enum Kind { NAME, ID, FILTER }

    private final Consumer<String> progress;

    /** @param progress where to report what the run is doing (a long load should not look hung) */
    public CaseBench(Consumer<String> progress) {
        this.progress = progress;
    }

    public BenchReport run(Options o) {
        boolean madeFolder = Benches.prepare(o.folder());
        Map<String, String> figures = new LinkedHashMap<>();
        List<String> plans = new ArrayList<>();
        try {
            StoreOptions storeOptions = o.cacheMb() == null ? StoreOptions.DEFAULT : StoreOptions.DEFAULT.withCacheSizeKb(o.cacheMb() * 1024);
            figures.put("cases", Integer.toString(o.cases()));
            figures.put("cache_mb", Integer.toString(storeOptions.cacheSizeKb() / 1024));
            Workstation workstation = new Workstation(o.folder(), LockoutPolicy.DEFAULT, storeOptions, Clock.systemDefaultZone());
            char[] password = Benches.generatedPassword();
            workstation.setUp(SITE, ADMIN, "性能测试", password);
            // the cold-search JVM logs in with it too; without --keep the whole folder goes at the end
            Benches.write(o.folder().resolve(PASSWORD_FILE), new String(password) + System.lineSeparator());
            RuleBook rules = RuleBook.defaults();
            Workspace ws = Benches.login(workstation, password);
            try {
                Samples samples = load(ws, rules, o, figures);
                Services services = new Services(ws, rules, new Texts(Locale.SIMPLIFIED_CHINESE), ZONE);
                measure(services.caseBrowser(), samples, o, figures);
                if (o.explain()) {
                    plans.addAll(explain(ws, samples));
                }
                figures.put("heap_mb", Long.toString(Benches.usedHeapMb()));
                figures.put("file_mb", Long.toString(Benches.mb(ws.database().fileSize())));
                progress.accept("importing a patient list through the import");
                figures.putAll(ImportRun.run(services.patientImport(), rules, o.folder().resolve("bench-import.csv"),
                        Math.min(o.cases(), IMPORT_ROWS), o.seed(), ws.database().clock().instant()));
                ColdSearch.writeIds(o.folder(), samples.idNumbers());
                ws.close();
                progress.accept("searching from a fresh JVM");
                figures.putAll(ColdSearch.inChildJvm(o.folder(), o.seed(), o.cacheMb()));
                ws = Benches.login(workstation, password);
                progress.accept("compacting the store");
                long t0 = System.nanoTime();
                ws.compactAndClose();
                figures.put("compact_s", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
                figures.put("file_mb_after_compact", Long.toString(Benches.mb(Database.fileSize(o.folder()))));
            } finally {
                ws.close();
            }
        } finally {
            if (!o.keep()) {
                Benches.delete(o.folder(), madeFolder);
            }
        }
        return new BenchReport(figures, plans);
    }

    /** The first searches over a store this bench built and kept, as a fresh JVM (a clinic's morning) makes them. */
    public static Map<String, String> coldSearch(Path folder, long seed, Integer cacheMb) {
        return ColdSearch.run(folder, seed, cacheMb);
    }

    /** ID numbers and townships seen while loading, to draw realistic queries from. */
    record Samples(List<String> idNumbers, List<Division> townships) {
    }

    Samples load(Workspace ws, RuleBook rules, Options o, Map<String, String> figures) {
        Actor actor = ws.session().actor();
        SyntheticCases gen = new SyntheticCases(o.cases(), o.seed(), rules.divisions(), ws.database().clock().instant(),
                SITE.siteCode(), ADMIN);
        List<String> ids = new ArrayList<>();
        int every = Math.max(1, o.cases() / ID_SAMPLES);
        int batch = o.batch();
        int reportEvery = Math.max(batch, o.cases() / 10 / batch * batch);
        long t0 = System.nanoTime();
        long cpu0 = Benches.processCpuNanos();
        long peak = 0;
        for (int start = 0; start < o.cases(); start += batch) {
            int from = start;
            int to = Math.min(o.cases(), start + batch);
            List<Patient> patients = new ArrayList<>(to - from);
            List<NumberedCase> cases = new ArrayList<>(to - from);
            for (int n = from; n < to; n++) {
                SyntheticCases.Pair pair = gen.next(n);
                patients.add(pair.patient());
                cases.add(new NumberedCase(pair.caseNo(), pair.screeningCase()));
                if (n % every == 0) {
                    ids.add(pair.patient().idNumber());
                }
            }
            // the write path of bulk work (imports, loads): one statement batch per table, one audit line per table
            ws.database().write(actor, tx -> {
                ws.patients().insertAll(tx, patients, "bench load");
                ws.cases().insertAll(tx, cases, "bench load");
                return null;
            });
            // the file's high-water mark while loading: what a small disk must hold, compaction or not
            peak = Math.max(peak, ws.database().fileSize());
            if (to % reportEvery == 0 || to == o.cases()) {
                double s = (System.nanoTime() - t0) / 1e9;
                progress.accept(String.format(Locale.ROOT, "loaded %,d of %,d cases in %.0f s (%,.0f/s)", to, o.cases(), s, to / s));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        figures.put("batch", Integer.toString(batch));
        figures.put("load_s", String.format(Locale.ROOT, "%.1f", seconds));
        figures.put("insert_per_s", Long.toString(Math.round(o.cases() / seconds)));
        // the CPU the load cost (every thread, GC included): on a shared machine it moves far less than the wall time
        double cpu = (Benches.processCpuNanos() - cpu0) / 1e9;
        figures.put("load_cpu_s", String.format(Locale.ROOT, "%.1f", cpu));
        figures.put("load_cpu_us_per_case", Long.toString(Math.round(cpu * 1e6 / o.cases())));
        figures.put("file_mb_peak_load", Long.toString(Benches.mb(peak)));
        return new Samples(ids, gen.townships());
    }

    private void measure(CaseBrowser browser, Samples samples, Options o, Map<String, String> figures) {
        Map<Kind, Latencies> measured = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            progress.accept("searching: " + kind.name().toLowerCase(Locale.ROOT));
            // warm-up queries are drawn apart from the measured ones, so the measured ones are not all cache hits of the same rows
            for (CaseQuery q : queries(kind, samples, o.warmup(), o.seed() + 100 + kind.ordinal())) {
                browser.search(q);
            }
            Latencies l = new Latencies(o.queries());
            for (CaseQuery q : queries(kind, samples, o.queries(), o.seed() + 200 + kind.ordinal())) {
                long t0 = System.nanoTime();
                browser.search(q);
                l.add(System.nanoTime() - t0);
            }
            measured.put(kind, l);
        }
        String[] keys = {"search_name", "search_id", "search_filter"};
        for (Kind kind : Kind.values()) {
            figures.put(keys[kind.ordinal()] + "_p95_ms", Benches.ms(measured.get(kind).percentileMs(95)));
        }
        for (Kind kind : Kind.values()) {
            figures.put(keys[kind.ordinal()] + "_p50_ms", Benches.ms(measured.get(kind).percentileMs(50)));
            figures.put(keys[kind.ordinal()] + "_max_ms", Benches.ms(measured.get(kind).maxMs()));
        }
    }

    /**
     * The queries of a kind: a name prefix of one or two characters, drawn as users type them
     * (common surnames most often); a full ID number, or its first 6 to 10 characters; a status and
     * a township, newest first.
     */
    static List<CaseQuery> queries(Kind kind, Samples samples, int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<CaseQuery> out = new ArrayList<>(count);
        CaseStatus[] statuses = CaseStatus.values();
        for (int i = 0; i < count; i++) {
            out.add(switch (kind) {
                case NAME -> {
                    String prefix = SyntheticCases.surname(r) + (r.nextBoolean() ? "" : SyntheticCases.givenStart(r));
                    yield new CaseQuery(prefix, null, null, null, null, CaseSort.NEWEST_FIRST, 0, PAGE);
                }
                case ID -> {
                    String id = samples.idNumbers().get(r.nextInt(samples.idNumbers().size()));
                    String typed = r.nextBoolean() ? id : id.substring(0, 6 + r.nextInt(5));
                    yield new CaseQuery(null, typed, null, null, null, CaseSort.NEWEST_FIRST, 0, PAGE);
                }
                case FILTER -> new CaseQuery(null, null, statuses[r.nextInt(statuses.length)], null,
                        samples.townships().get(r.nextInt(samples.townships().size())).code(), CaseSort.NEWEST_FIRST, 0, PAGE);
            });
        }
        return out;
    }

    /** The plans of the hardest query of each kind: the commonest surname, a county-wide ID prefix, the largest filter. */
    private static List<String> explain(Workspace ws, Samples samples) {
        String id = samples.idNumbers().get(0);
        String township = samples.townships().get(0).code();
        Map<String, CaseQuery> queries = new LinkedHashMap<>();
        queries.put("name 王", new CaseQuery("王", null, null, null, null, CaseSort.NEWEST_FIRST, 0, PAGE));
        queries.put("name 王小", new CaseQuery("王小", null, null, null, null, CaseSort.NEWEST_FIRST, 0, PAGE));
        queries.put("id exact", new CaseQuery(null, id, null, null, null, CaseSort.NEWEST_FIRST, 0, PAGE));
        queries.put("id prefix 10", new CaseQuery(null, id.substring(0, 10), null, null, null, CaseSort.NEWEST_FIRST, 0, PAGE));
        queries.put("id prefix 6", new CaseQuery(null, id.substring(0, 6), null, null, null, CaseSort.NEWEST_FIRST, 0, PAGE));
        queries.put("filter SUSPECTED+township", new CaseQuery(null, null, CaseStatus.SUSPECTED, null, township,
                CaseSort.NEWEST_FIRST, 0, PAGE));
        queries.put("filter CLOSED+township", new CaseQuery(null, null, CaseStatus.CLOSED, null, township,
                CaseSort.NEWEST_FIRST, 0, PAGE));
        queries.put("filter CLOSED only", new CaseQuery(null, null, CaseStatus.CLOSED, null, null, CaseSort.NEWEST_FIRST, 0, PAGE));
        queries.put("filter township only", new CaseQuery(null, null, null, null, township, CaseSort.NEWEST_FIRST, 0, PAGE));
        queries.put("no filter", CaseQuery.firstPage(PAGE));
        List<String> out = new ArrayList<>();
        for (var e : queries.entrySet()) {
            List<String> p = ws.database().read(tx -> ws.cases().explain(tx, e.getValue(), CaseBrowser.COUNT_CAP + 1));
            out.add(e.getKey() + " / page:\n" + p.get(0));
            out.add(e.getKey() + " / count:\n" + p.get(1));
        }
        return out;
    }
}
