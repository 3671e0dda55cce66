package cn.screening.workstation.bench;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.specimen.Aliquot;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleStatus;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.domain.specimen.ShipmentItem;
import cn.screening.workstation.domain.specimen.ShipmentStatus;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.specimen.Receiving;
import cn.screening.workstation.service.specimen.Specimens;
import cn.screening.workstation.service.specimen.TubeScan;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import cn.screening.workstation.store.specimen.SampleRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * `bench receive`: a designated hospital's store holding N dispatched samples in boxes addressed to
 * it (as sync brings them), then the receiving desk's scan-to-row-updated time over whole boxes:
 * each scan is the service call the screen makes, from the number to the committed row.
 */
public final class ReceiveBench {

    static final SiteProfile HOSPITAL = new SiteProfile("210700-H", InstitutionType.DESIGNATED, "210702", "锦州市血友病定点医院");
    private static final String COUNTY = "210727-C";
    private static final String LAB = "bench-lab";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int COMMITS = 200;

    /** @param boxSize tubes per box; {@code scans} measured scans (whole boxes, at least this many) */
    public record Options(int samples, int scans, int boxSize, Path folder, long seed) {
        public Options {
            if (samples < 1 || scans < 1 || boxSize < 1) {
                throw new IllegalArgumentException("--samples, --scans and --box-size must be positive");
            }
            if ((long) scans + boxSize > samples) {
                throw new IllegalArgumentException("--samples must exceed --scans by at least one box");
            }
        }
    }

    private final Consumer<String> progress;

    public ReceiveBench(Consumer<String> progress) {
        this.progress = progress;
    }

    public BenchReport run(Options o) {
        boolean madeFolder = Benches.prepare(o.folder());
        Map<String, String> figures = new LinkedHashMap<>();
        try {
            Workstation w = new Workstation(o.folder(), LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, Clock.systemDefaultZone());
            char[] password = Benches.generatedPassword();
            w.setUp(HOSPITAL, CaseBench.ADMIN, "性能测试", password);
            try (Workspace admin = login(w, CaseBench.ADMIN, password)) {
                new Accounts(admin).add(LAB, "检验", Role.DESIGNATED_LAB, password);
            }
            try (Workspace ws = login(w, LAB, password)) {
                List<Shipment> boxes = load(ws, o, figures);
                commitFloor(ws, figures);
                measure(new Specimens(ws, ZONE), boxes, o, figures);
                figures.put("heap_mb", Long.toString(Benches.usedHeapMb()));
                figures.put("file_mb", Long.toString(Benches.mb(ws.database().fileSize())));
            }
        } finally {
            Benches.delete(o.folder(), madeFolder);
        }
        return new BenchReport(figures, List.of());
    }

    /** The samples and their boxes, written as pulled records are (no outbox), a thousand to a transaction. */
    private List<Shipment> load(Workspace ws, Options o, Map<String, String> figures) {
        Instant now = ws.database().clock().instant();
        List<Shipment> boxes = new ArrayList<>();
        long t0 = System.nanoTime();
        int perTx = Math.max(1, 1000 / o.boxSize());
        int boxCount = (o.samples() + o.boxSize() - 1) / o.boxSize();
        for (int first = 0; first < boxCount; first += perTx) {
            int from = first;
            int to = Math.min(boxCount, first + perTx);
            boxes.addAll(ws.database().write(ws.session().actor(), tx -> {
                List<Shipment> made = new ArrayList<>();
                for (int b = from; b < to; b++) {
                    UUID boxId = RecordIds.next();
                    List<ShipmentItem> items = new ArrayList<>();
                    for (int n = b * o.boxSize(); n < Math.min(o.samples(), (b + 1) * o.boxSize()); n++) {
                        Sample s = sample(n, boxId, now);
                        ws.specimens().samples().writeAsIs(tx, s);
                        items.add(new ShipmentItem(s.id(), s.sampleNo()));
                    }
                    Shipment box = new Shipment(boxId, String.format("%s-B%05d", COUNTY, b + 1), COUNTY, HOSPITAL.siteCode(), "顺丰",
                            "SF" + b, now.minus(Duration.ofHours(3)), "doctor", now.minus(Duration.ofHours(2)), "doctor",
                            ShipmentCondition.ROOM_TEMPERATURE, null, null, new BigDecimal("22"), items, ShipmentStatus.DISPATCHED,
                            new SyncMeta(b + 1L, now, COUNTY, false));
                    ws.specimens().shipments().writeAsIs(tx, box);
                    made.add(box);
                }
                return made;
            }));
            if (to % Math.max(perTx, boxCount / 10 / perTx * perTx) == 0 || to == boxCount) {
                progress.accept(String.format(Locale.ROOT, "loaded %,d of %,d samples", Math.min(o.samples(), to * o.boxSize()), o.samples()));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        figures.put("samples", Integer.toString(o.samples()));
        figures.put("boxes", Integer.toString(boxCount));
        figures.put("load_s", String.format(Locale.ROOT, "%.1f", seconds));
        return boxes;
    }

    private static Sample sample(int n, UUID boxId, Instant now) {
        Instant drawn = now.minus(Duration.ofHours(5));
        return new Sample(RecordIds.next(), SampleRepository.number(COUNTY, n + 1), RecordIds.next(), COUNTY + "-2026-" + n, "张*",
                "1", COUNTY, TubeType.CITRATE_3_2, 95, drawn, "doctor", drawn.plus(Duration.ofHours(1)), null,
                List.of(new Aliquot(new BigDecimal("0.5")), new Aliquot(new BigDecimal("0.5"))), null, SampleStatus.DISPATCHED, boxId,
                HOSPITAL.siteCode(), new SyncMeta(n + 1L, now, COUNTY, false));
    }

    /** One box warms up; then whole boxes, chosen at random across the store, are received and scanned in a shuffled order. */
    private void measure(Specimens specimens, List<Shipment> boxes, Options o, Map<String, String> figures) {
        Receiving receiving = specimens.receiving();
        SplittableRandom random = new SplittableRandom(o.seed());
        List<Shipment> order = new ArrayList<>(boxes);
        Collections.shuffle(order, new java.util.Random(o.seed()));
        scanBox(receiving, order.get(0), random, null);
        Latencies l = new Latencies(o.scans() + o.boxSize());
        int box = 1;
        while (l.size() < o.scans() && box < order.size()) {
            scanBox(receiving, order.get(box++), random, l);
        }
        progress.accept("scanned " + l.size() + " tubes in " + (box - 1) + " boxes");
        figures.put("scans", Integer.toString(l.size()));
        figures.put("receive_p50_ms", Benches.ms(l.percentileMs(50)));
        figures.put("receive_p95_ms", Benches.ms(l.percentileMs(95)));
        figures.put("receive_max_ms", Benches.ms(l.maxMs()));
    }

    /** What any one-row write transaction costs on this disk (every commit is on disk before it returns): the floor under a scan. */
    private static void commitFloor(Workspace ws, Map<String, String> figures) {
        Latencies l = new Latencies(COMMITS);
        for (int i = 0; i < COMMITS; i++) {
            long t0 = System.nanoTime();
            ws.database().write(ws.session().actor(), tx -> {
                ws.audit().append(tx, AuditAction.VIEW, "bench", null, "commit floor");
                return null;
            });
            l.add(System.nanoTime() - t0);
        }
        figures.put("commit_p50_ms", Benches.ms(l.percentileMs(50)));
        figures.put("commit_p95_ms", Benches.ms(l.percentileMs(95)));
    }

    private static void scanBox(Receiving receiving, Shipment box, SplittableRandom random, Latencies into) {
        receiving.receive(box.id(), Instant.now(), new BigDecimal("21"));
        List<ShipmentItem> tubes = new ArrayList<>(box.items());
        for (int i = tubes.size() - 1; i > 0; i--) {
            Collections.swap(tubes, i, random.nextInt(i + 1));
        }
        for (ShipmentItem t : tubes) {
            long t0 = System.nanoTime();
            TubeScan answer = receiving.scan(box.id(), t.sampleNo());
            if (into != null) {
                into.add(System.nanoTime() - t0);
            }
            if (!(answer instanceof TubeScan.Taken)) {
                throw new IllegalStateException("the bench's own tube was refused: " + ((TubeScan.Refused) answer).sentence());
            }
        }
    }

    private static Workspace login(Workstation w, String user, char[] password) {
        LoginResult r = w.login(user, password);
        if (r instanceof LoginResult.Success s) {
            return s.workspace();
        }
        throw new IllegalStateException("the bench could not log in to its own workstation: " + r);
    }
}
