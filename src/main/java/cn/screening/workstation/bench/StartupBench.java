package cn.screening.workstation.bench;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the window in fresh JVMs on a set-up data folder (so the login screen shows, as a user
 * sees it each morning) and reads the first-frame time each child reports.
 */
public final class StartupBench {

    /** System properties passed on to the child: lets a headless (Monocle) run measure too. */
    private static final List<String> FORWARDED = List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
            "java.awt.headless", "headless.geometry");

    private static final String MAIN = "cn.screening.workstation.app.Main";
    private static final String BARE = "cn.screening.workstation.app.BareWindow$Launch";

    public record Result(List<Long> runsMs) {
        public long medianMs() {
            List<Long> sorted = new ArrayList<>(runsMs);
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }

        public List<String> lines() {
            return List.of("startup_ms=" + medianMs(), "startup_runs=" + runsMs.size(),
                    "startup_min_ms=" + Collections.min(runsMs), "startup_max_ms=" + Collections.max(runsMs));
        }
    }

    /** The workstation and the bare window, started alternately, each {@code runs} times. */
    public record Comparison(Result workstation, Result bare) {
        public List<String> lines() {
            List<String> out = new ArrayList<>(workstation.lines());
            out.add("baseline_ms=" + bare.medianMs());
            out.add("baseline_min_ms=" + Collections.min(bare.runsMs()));
            out.add("baseline_max_ms=" + Collections.max(bare.runsMs()));
            out.add(String.format(java.util.Locale.ROOT, "startup_ratio=%.2f", (double) workstation.medianMs() / bare.medianMs()));
            return out;
        }
    }

    public Comparison compare(Path folder, int runs) throws IOException, InterruptedException {
        setUp(folder);
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            bare.add(once(List.of(BARE)));
            app.add(once(List.of(MAIN, "--data", folder.toString())));
        }
        return new Comparison(new Result(app), new Result(bare));
    }

    public Result run(Path folder, int runs) throws IOException, InterruptedException {
        setUp(folder);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(once(List.of(MAIN, "--data", folder.toString())));
        }
        return new Result(times);
    }

    private static void setUp(Path folder) {
        Workstation w = new Workstation(folder, LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, Clock.systemDefaultZone());
        if (!w.isSetUp()) {
            w.setUp(new SiteProfile("210727-C", InstitutionType.COUNTY, "210727", "义县人民医院"), "bench-admin", "bench-admin",
                    ("Bench" + System.nanoTime()).toCharArray());
        }
    }

    private static long once(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dscreening.startupProbe=true");
        for (String p : FORWARDED) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        cmd.addAll(mainAndArgs);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Long ms = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("startup_ms=")) {
                    ms = Long.parseLong(line.substring("startup_ms=".length()).trim());
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (ms == null) {
            throw new IOException("the window did not report its first frame (exit " + p.exitValue() + "); is there a display?");
        }
        return ms;
    }
}
