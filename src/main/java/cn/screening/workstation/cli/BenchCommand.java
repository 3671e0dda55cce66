package cn.screening.workstation.cli;

import cn.screening.workstation.bench.AuditBench;
import cn.screening.workstation.bench.BackupBench;
import cn.screening.workstation.bench.BenchReport;
import cn.screening.workstation.bench.CaseBench;
import cn.screening.workstation.bench.ReceiveBench;
import cn.screening.workstation.bench.StartupBench;
import cn.screening.workstation.bench.BenchStore;
import cn.screening.workstation.bench.SyncBench;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `bench cases …` (case list, startup) and `bench sync …`: measurements printed as key=value lines. */
@Command(name = "bench", description = "measure the workstation on synthetic data", subcommands = {BenchCommand.Cases.class, BenchCommand.Sync.class,
        BenchCommand.Receive.class, BenchCommand.Backup.class, BenchCommand.Audit.class})
final class BenchCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "cases", description = {
        "Loads N synthetic 义县 patients and cases into a fresh workstation and measures the case-list searches.",
        "Prints one key=value line per figure: insert_per_s, search_name_p95_ms, search_id_p95_ms,",
        "search_filter_p95_ms, heap_mb, file_mb, file_mb_after_compact and more."})
    static final class Cases implements Callable<Integer> {
        @ParentCommand
        BenchCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--cases", description = "how many patients and cases to load")
        Integer cases;
        @Option(names = "--measure-startup", description = "start the window (login screen) in fresh JVMs, print startup_ms= (median) and exit")
        boolean measureStartup;
        @Option(names = "--baseline", description = "with --measure-startup: also start a bare JavaFX window (one label) the same way, "
                + "alternating, and print baseline_ms= and startup_ratio=")
        boolean baseline;
        @Option(names = "--runs", defaultValue = "5", description = "with --measure-startup: how many starts (default: ${DEFAULT-VALUE})")
        int runs;
        @Option(names = "--data", description = "an empty or new folder for the bench's workstation (default: a temporary folder)")
        Path data;
        @Option(names = "--keep", description = "keep the folder afterwards; the admin's password is left in " + CaseBench.PASSWORD_FILE)
        boolean keep;
        @Option(names = "--queries", defaultValue = "200", description = "measured queries of each kind (default: ${DEFAULT-VALUE})")
        int queries;
        @Option(names = "--warmup", defaultValue = "60", description = "warm-up queries of each kind (default: ${DEFAULT-VALUE})")
        int warmup;
        @Option(names = "--cache-mb", description = "the store's page cache in MB (default: as the app opens it)")
        Integer cacheMb;
        @Option(names = "--explain", description = "also print H2's plan of each kind of list query")
        boolean explain;
        @Option(names = "--seed", defaultValue = "20261126", description = "seed of the synthetic data")
        long seed;
        @Option(names = "--batch", defaultValue = "1000", description = "cases per load transaction (default: ${DEFAULT-VALUE})")
        int batch;
        @Option(names = "--cold", description = "only the first searches over a store the bench kept (--keep) in DIR, in this fresh JVM")
        Path cold;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Texts texts = new Texts(Texts.localeOf(parent.root.lang));
            Path folder = data != null || cold != null ? data : Files.createTempDirectory("screening-bench-");
            try {
                if (measureStartup) {
                    (baseline ? new StartupBench().compare(folder, runs).lines() : new StartupBench().run(folder, runs).lines())
                            .forEach(out::println);
                    out.flush();
                    return 0;
                }
                if (cold != null) {
                    CaseBench.coldSearch(cold, seed, cacheMb).forEach((k, v) -> out.println(k + "=" + v));
                    out.flush();
                    return 0;
                }
                if (cases == null) {
                    throw new IllegalArgumentException("--cases N (or --measure-startup) is required");
                }
                CaseBench bench = new CaseBench(line -> {
                    err.println(line);
                    err.flush();
                });
                BenchReport report = bench.run(new CaseBench.Options(cases, folder, keep, queries, warmup, cacheMb, explain, seed, batch));
                for (String plan : report.plans()) {
                    plan.lines().forEach(l -> out.println("# " + l));
                }
                report.lines().forEach(out::println);
                if (keep) {
                    out.println("data=" + folder.toAbsolutePath());
                    out.println("admin=" + CaseBench.ADMIN);
                }
                out.flush();
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CliContext.EXIT_FAILED;
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return CliContext.EXIT_REFUSED;
            } catch (ServiceException e) {
                err.println(texts.of(e));
                return CliContext.EXIT_REFUSED;
            } catch (StoreException e) {
                err.println(texts.of(e));
                return CliContext.EXIT_FAILED;
            } finally {
                if (data == null && !keep && folder != null) {
                    deleteTree(folder);
                }
            }
        }
    }

    /** `bench sync --records N`: push N records into a loopback server, then through a slow link. */
    @Command(name = "sync", description = "push N pending records to a loopback server (H2, or PostgreSQL with --db-url), then pull them to a second device;"
            + " throughput, wire bytes, slow-link ratio")
    static final class Sync implements Callable<Integer> {

        @Spec
        CommandSpec spec;
        @Option(names = "--records", defaultValue = "100000", description = "records to push (default 100000)")
        int records;
        @Option(names = "--db-url", paramLabel = "URL", description = "run the server on this PostgreSQL database"
                + " (jdbc:postgresql://host:5432/db), in a schema of its own dropped afterwards; default: an H2 folder")
        String dbUrl;
        @Option(names = "--db-user", paramLabel = "USER", description = "PostgreSQL user")
        String dbUser;
        @Option(names = "--db-password", paramLabel = "PASSWORD", description = "PostgreSQL password (a test database's)")
        String dbPassword;
        @Option(names = "--db-password-env", paramLabel = "VAR", description = "environment variable holding the PostgreSQL password")
        String dbPasswordEnv;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (dbUrl == null) {
                new SyncBench(out).run(records);
                return 0;
            }
            String password = dbPasswordEnv != null ? System.getenv(dbPasswordEnv) : dbPassword;
            new SyncBench(out, BenchStore.postgres(dbUrl, dbUser, password)).run(records);
            return 0;
        }
    }

    /** `bench receive --samples N`: scan-to-row-updated at the designated hospital's receiving desk. */
    @Command(name = "receive", description = {
        "Fills a designated hospital's store with N samples in dispatched boxes addressed to it, then receives whole boxes",
        "scan by scan. Prints samples, boxes, scans, receive_p50_ms, receive_p95_ms, receive_max_ms, heap_mb, file_mb."})
    static final class Receive implements Callable<Integer> {

        @Spec
        CommandSpec spec;
        @Option(names = "--samples", defaultValue = "100000", description = "samples in the store (default: ${DEFAULT-VALUE})")
        int samples;
        @Option(names = "--scans", defaultValue = "1000", description = "measured scans, whole boxes (default: ${DEFAULT-VALUE})")
        int scans;
        @Option(names = "--box-size", defaultValue = "100", description = "tubes per box (default: ${DEFAULT-VALUE})")
        int boxSize;
        @Option(names = "--seed", defaultValue = "20261126", description = "seed of the scan order")
        long seed;

        @Override
        public Integer call() throws IOException {
            return inTemporaryFolder(spec, "screening-bench-receive-",
                    (progress, folder) -> new ReceiveBench(progress).run(new ReceiveBench.Options(samples, scans, boxSize, folder, seed)));
        }
    }

    /** `bench backup --cases N`: a backup of an open store of N cases, then its restore and check. */
    @Command(name = "backup", description = {
        "Loads N synthetic cases, backs the open store up, restores the file into an empty folder and checks it.",
        "Prints cases, store_mb, backup_s, backup_mb, backup_heap_peak_mb, tables, rows, restore_s, restore_heap_peak_mb."})
    static final class Backup implements Callable<Integer> {

        @Spec
        CommandSpec spec;
        @Option(names = "--cases", defaultValue = "10000", description = "patients and cases in the store (default: ${DEFAULT-VALUE})")
        int cases;
        @Option(names = "--seed", defaultValue = "20261126", description = "seed of the synthetic data")
        long seed;

        @Override
        public Integer call() throws IOException {
            return inTemporaryFolder(spec, "screening-bench-backup-", (progress, folder) -> new BackupBench(progress).run(cases, folder, seed));
        }
    }

    /** `bench audit --lines N`: N chained audit lines appended, then the chain verified. */
    @Command(name = "audit", description = {
        "Appends N chained audit lines to a fresh workstation, then verifies the whole chain.",
        "Prints lines, append_s, append_per_s, verified_lines, verify_s, verify_per_s, verify_heap_peak_mb, file_mb."})
    static final class Audit implements Callable<Integer> {

        @Spec
        CommandSpec spec;
        @Option(names = "--lines", defaultValue = "100000", description = "audit lines to append (default: ${DEFAULT-VALUE})")
        int lines;

        @Override
        public Integer call() throws IOException {
            return inTemporaryFolder(spec, "screening-bench-audit-", (progress, folder) -> new AuditBench(progress).run(lines, folder));
        }
    }

    /** Runs a bench in a folder of its own under the temporary folder, its progress on stderr, its figures on stdout. */
    private static int inTemporaryFolder(CommandSpec spec, String prefix,
                                         BiFunction<Consumer<String>, Path, BenchReport> bench)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = Files.createTempDirectory(prefix);
        try {
            bench.apply(line -> {
                err.println(line);
                err.flush();
            }, folder.resolve("run")).lines().forEach(out::println);
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage()); // an option out of range
            return CliContext.EXIT_REFUSED;
        } finally {
            deleteTree(folder);
        }
    }

    /** Removes the bench's temporary folder and everything in it. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
