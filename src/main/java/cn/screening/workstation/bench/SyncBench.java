package cn.screening.workstation.bench;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.http.ApiServer;
import cn.screening.workstation.server.http.HttpOptions;
import cn.screening.workstation.server.store.StoreTarget;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.SyncSetup;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import cn.screening.workstation.sync.SyncApi;
import cn.screening.workstation.sync.SyncEngine;
import cn.screening.workstation.sync.SyncReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * `bench sync`: a reference server on loopback (H2 in a temp folder, or a schema of its own in a
 * PostgreSQL database, dropped afterwards) and a county workstation with N patients waiting in its
 * outbox; times the push until every change is acknowledged, counts the bytes on the wire, then
 * times a fresh second device of the same site pulling everything, and pushes again through a slow
 * link (256 kbit/s, 300 ms round trip).
 */
public final class SyncBench {

    public static final long SLOW_BITS_PER_SECOND = 256_000;
    public static final long SLOW_ROUND_TRIP_MS = 300;
    public static final int SLOW_LINK_MAX_RECORDS = 5_000;
    static final SiteProfile SITE = new SiteProfile("210727-C", InstitutionType.COUNTY, "210727", "义县人民医院");
    static final String PASSWORD = "bench-pass-1";

    private final PrintWriter out;
    private final BenchStore store;

    /** The server on an H2 folder of its own. */
    public SyncBench(PrintWriter out) {
        this(out, BenchStore.H2);
    }

    public SyncBench(PrintWriter out, BenchStore store) {
        this.out = out;
        this.store = store;
    }

    public void run(int records) throws IOException {
        Path root = Files.createTempDirectory("sync-bench");
        try {
            out.println("records=" + records);
            Run fast = run(root.resolve("fast"), records, false);
            out.println("push_seconds=" + String.format(Locale.ROOT, "%.2f", fast.push.seconds));
            out.println("push_records_per_s=" + Math.round(records / fast.push.seconds));
            // the process's CPU over the push (workstation and server share this JVM): steadier than wall time on a busy machine
            out.println("push_cpu_seconds=" + String.format(Locale.ROOT, "%.2f", fast.push.cpuSeconds));
            out.println("push_cpu_us_per_record=" + Math.round(fast.push.cpuSeconds * 1e6 / records));
            out.println("wire_bytes_per_record=" + Math.round((double) fast.push.bytesUp / records));
            out.println("wire_bytes_down_per_record=" + Math.round((double) fast.push.bytesDown / records));
            out.println("pull_records=" + fast.pulled);
            out.println("pull_seconds=" + String.format(Locale.ROOT, "%.2f", fast.pull.seconds));
            out.println("pull_records_per_s=" + Math.round(fast.pulled / fast.pull.seconds));
            out.println("pull_wire_bytes_up_per_record=" + Math.round((double) fast.pull.bytesUp / fast.pulled));
            out.println("pull_wire_bytes_down_per_record=" + Math.round((double) fast.pull.bytesDown / fast.pulled));
            int slowN = Math.min(records, SLOW_LINK_MAX_RECORDS);
            out.println("slowlink_records=" + slowN);
            Measured slow = run(root.resolve("slow"), slowN, true).push;
            double bandwidthSeconds = (slow.bytesUp + slow.bytesDown) * 8.0 / SLOW_BITS_PER_SECOND;
            out.println("slowlink_seconds=" + String.format(Locale.ROOT, "%.2f", slow.seconds));
            out.println("slowlink_bandwidth_seconds=" + String.format(Locale.ROOT, "%.2f", bandwidthSeconds));
            out.println("slowlink_ratio=" + String.format(Locale.ROOT, "%.2f", slow.seconds / bandwidthSeconds));
            out.flush();
        } finally {
            deleteTree(root);
        }
    }

    private record Measured(double seconds, double cpuSeconds, long bytesUp, long bytesDown) {
    }

    /** The push of N records; on the fast link also the second device's pull and what it received. */
    private record Run(Measured push, Measured pull, int pulled) {
    }

    private Run run(Path dir, int records, boolean slowLink) throws IOException {
        try (BenchStore.Opened target = store.open(dir.resolve("server"));
             ServerServices server = ServerServices.open(target.target(), 8, Clock.systemUTC())) {
            server.administration().addSite(SITE.siteCode(), SITE.type(), SITE.divisionCode(), SITE.name(), null);
            try (ApiServer api = ApiServer.start(server, HttpOptions.plain("127.0.0.1", 0));
                 LinkProxy link = slowLink ? LinkProxy.throttled(api.port(), SLOW_BITS_PER_SECOND, SLOW_ROUND_TRIP_MS)
                         : LinkProxy.counting(api.port())) {
                Measured push;
                try (Device first = Device.enrol(dir.resolve("client"), server, api, link)) {
                    insert(first.ws, records);
                    link.reset();
                    long started = System.nanoTime();
                    long cpuStarted = Benches.processCpuNanos();
                    SyncReport report = first.engine().pushOnce();
                    push = measured(started, cpuStarted, link);
                    if (report.failure() != null || report.pending() != 0 || report.pushed() != records) {
                        throw new IllegalStateException("push did not finish: " + report.line() + " " + report.failure());
                    }
                }
                if (slowLink) {
                    return new Run(push, null, 0);
                }
                try (Device second = Device.enrol(dir.resolve("client-2"), server, api, link)) {
                    link.reset();
                    long started = System.nanoTime();
                    long cpuStarted = Benches.processCpuNanos();
                    SyncReport report = second.engine().syncOnce();
                    Measured pull = measured(started, cpuStarted, link);
                    long patients = second.ws.database().read(tx -> second.ws.patients().count(tx));
                    if (report.failure() != null || patients != records) {
                        throw new IllegalStateException("pull did not finish: " + report.line() + " " + report.failure() + " patients " + patients);
                    }
                    return new Run(push, pull, report.pulled());
                }
            }
        }
    }

    private static Measured measured(long startedNanos, long cpuStartedNanos, LinkProxy link) {
        return new Measured((System.nanoTime() - startedNanos) / 1e9, (Benches.processCpuNanos() - cpuStartedNanos) / 1e9,
                link.bytesUp(), link.bytesDown());
    }

    /** A workstation of the site, set up, logged in and enrolled, talking to the server through the link. */
    private record Device(Workspace ws, SyncSetup setup) implements AutoCloseable {

        static Device enrol(Path dir, ServerServices server, ApiServer api, LinkProxy link) {
            Workstation w = new Workstation(dir, LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, Clock.systemDefaultZone());
            w.setUp(SITE, "admin", "管理员", PASSWORD.toCharArray());
            LoginResult login = w.login("admin", PASSWORD.toCharArray());
            if (!(login instanceof LoginResult.Success success)) {
                throw new IllegalStateException("login failed: " + login);
            }
            Workspace ws = success.workspace();
            SyncApi syncApi = SyncApi.create(new SyncApi.Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(120), Duration.ofMinutes(10)));
            SyncSetup setup = new SyncSetup(ws, syncApi);
            setup.enrol("http://127.0.0.1:" + api.port(), server.administration().enrolmentCode(SITE.siteCode()), "bench");
            setup.changeServer(link.url());
            return new Device(ws, setup);
        }

        SyncEngine engine() {
            return setup.engine();
        }

        @Override
        public void close() {
            ws.close();
        }
    }

    // names of letters only: the province refuses a name with digits, as the form does
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明"};

    /** N patients of the site, stored through the repository so each waits in the outbox; 1,000 per transaction. */
    static void insert(Workspace ws, int records) {
        LocalDate start = LocalDate.of(1950, 1, 1);
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
        for (int from = 0; from < records; from += 1000) {
            int first = from;
            int last = Math.min(records, from + 1000);
            ws.database().write(ws.session().actor(), tx -> {
                for (int i = first; i < last; i++) {
                    LocalDate birth = start.plusDays(i / 450);
                    String first17 = "210727" + birth.toString().replace("-", "") + String.format("%03d", (i % 450) * 2 + 1);
                    String id = first17 + IdNumber.checkCharacter(first17);
                    ws.patients().insert(tx, new Patient(RecordIds.next(), surnames[i % surnames.length] + GIVEN[i % GIVEN.length] + GIVEN[(i / GIVEN.length) % GIVEN.length], IdType.RESIDENT_ID, id,
                            Sex.MALE, birth, "01", "138" + String.format("%08d", i), new Address("210727102", null, "七里河村" + (i % 30) + "组", null),
                            null, PovertyStatus.REGISTERED_POOR, InsuranceType.RESIDENT, SITE.siteCode(), null));
                }
                return null;
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
