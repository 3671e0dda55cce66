package cn.screening.workstation.bench;

import cn.screening.workstation.bench.CaseBench.Kind;
import cn.screening.workstation.bench.CaseBench.Samples;
import cn.screening.workstation.service.CaseBrowser;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.domain.cases.CaseQuery;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The first searches of the day: a fresh JVM opens a store the bench built, logs in (which starts
 * the index warm-up, as the app does), and searches at once, before anything is in the page cache.
 * The operating system may still hold the file in its own cache; H2's cache and the JIT are cold.
 */
final class ColdSearch {

    static final String IDS_FILE = "bench-ids.txt";
    private static final int FIRST = 20;
    private static final String[] KEYS = {"cold_search_name", "cold_search_id", "cold_search_filter"};
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ColdSearch() {
    }

    /** Runs {@link #run} in a child JVM over {@code folder}, and returns what it printed. */
    static Map<String, String> inChildJvm(Path folder, long seed, Integer cacheMb) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m",
                "-cp", System.getProperty("java.class.path"), "cn.screening.workstation.app.Main",
                "bench", "cases", "--cold", folder.toAbsolutePath().toString(), "--seed", Long.toString(seed)));
        if (cacheMb != null) {
            cmd.addAll(List.of("--cache-mb", cacheMb.toString()));
        }
        try {
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Map<String, String> figures = new LinkedHashMap<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    int eq = line.indexOf('=');
                    if (eq > 0 && !line.startsWith("#")) {
                        figures.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("the cold-search JVM failed: exit " + p.exitValue());
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the cold-search JVM ran", e);
        }
    }

    /**
     * In this JVM: log in to the bench's store in {@code folder}, then time the first search of each
     * kind, the worst of the first {@value #FIRST}, and how long the background warm-up took.
     */
    static Map<String, String> run(Path folder, long seed, Integer cacheMb) {
        StoreOptions options = cacheMb == null ? StoreOptions.DEFAULT : StoreOptions.DEFAULT.withCacheSizeKb(cacheMb * 1024);
        char[] password = read(folder.resolve(CaseBench.PASSWORD_FILE)).get(0).toCharArray();
        Workstation workstation = new Workstation(folder, LockoutPolicy.DEFAULT, options, Clock.systemDefaultZone());
        Map<String, String> figures = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (Workspace ws = Benches.login(workstation, password)) {
            CompletableFuture<Duration> warm = ws.warmListsInBackground();
            figures.put("cold_login_ms", Benches.ms((System.nanoTime() - t0) / 1e6));
            RuleBook rules = RuleBook.defaults();
            SyntheticCases gen = new SyntheticCases(1, seed, rules.divisions(), ws.database().clock().instant(), CaseBench.SITE.siteCode(),
                    CaseBench.ADMIN);
            Samples samples = new Samples(read(folder.resolve(IDS_FILE)), gen.townships());
            CaseBrowser browser = new Services(ws, rules, new Texts(Locale.SIMPLIFIED_CHINESE), ZONE).caseBrowser();
            for (Kind kind : Kind.values()) {
                // drawn apart from the warm run's queries, so none of them was asked before
                List<CaseQuery> qs = CaseBench.queries(kind, samples, FIRST, seed + 300 + kind.ordinal());
                Latencies l = new Latencies(FIRST);
                for (CaseQuery q : qs) {
                    long s = System.nanoTime();
                    browser.search(q);
                    l.add(System.nanoTime() - s);
                    if (l.size() == 1) {
                        figures.put(KEYS[kind.ordinal()] + "_ms", Benches.ms(l.maxMs()));
                    }
                }
                figures.put(KEYS[kind.ordinal()] + "_first" + FIRST + "_max_ms", Benches.ms(l.maxMs()));
            }
            Duration took = warm.join();
            figures.put("warm_up_s", String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0));
        }
        return figures;
    }

    /** Keeps the ID numbers the warm run drew its queries from, for the cold run to draw from too. */
    static void writeIds(Path folder, List<String> ids) {
        try {
            Files.write(folder.resolve(IDS_FILE), ids, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(s -> !s.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
