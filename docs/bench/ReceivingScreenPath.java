package cn.screening.workstation.bench;

import cn.screening.workstation.app.SpecimenPorts;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentItem;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.specimen.Specimens;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import cn.screening.workstation.ui.receiving.ReceivingPort;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * What the receiving page waits for after each scanned tube, through the page's own port over
 * `bench receive`'s store: the scan alone ("answer"), or the scan and then the box opened again
 * ("reread", what the page did before issue 12). Compiled beside a built jar into its package and
 * run on the class path, so it measures either release's code (see performance.md for the commands).
 *
 * Arguments: samples, scans, answer|reread.
 */
public final class ReceivingScreenPath {

    public static void main(String[] args) throws Exception {
        int samples = Integer.parseInt(args[0]);
        int scans = Integer.parseInt(args[1]);
        boolean reread = "reread".equals(args[2]);
        Path folder = Files.createTempDirectory("receiving-screen-path");
        Workstation w = new Workstation(folder, LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, Clock.systemDefaultZone());
        char[] password = CaseBench.generatedPassword();
        w.setUp(ReceiveBench.HOSPITAL, CaseBench.ADMIN, "性能测试", password);
        try (Workspace admin = login(w, CaseBench.ADMIN, password)) {
            new Accounts(admin).add("bench-lab", "检验", Role.DESIGNATED_LAB, password);
        }
        try (Workspace ws = login(w, "bench-lab", password)) {
            // the same boxes as `bench receive` writes them
            Method load = ReceiveBench.class.getDeclaredMethod("load", Workspace.class, ReceiveBench.Options.class, java.util.Map.class);
            load.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<Shipment> boxes = (List<Shipment>) load.invoke(new ReceiveBench(s -> { }), ws,
                    new ReceiveBench.Options(samples, scans, 100, folder, 1L), new LinkedHashMap<String, String>());
            ReceivingPort port = SpecimenPorts.receiving(new Specimens(ws, ZoneId.of("Asia/Shanghai")));
            Collections.shuffle(boxes, new Random(1L));
            Random order = new Random(2L);
            receiveBox(port, boxes.get(0), order, reread, null);
            Latencies l = new Latencies(scans + 100);
            for (int b = 1; l.size() < scans && b < boxes.size(); b++) {
                receiveBox(port, boxes.get(b), order, reread, l);
            }
            System.out.printf("mode=%s%nscans=%d%nscreen_p50_ms=%s%nscreen_p95_ms=%s%nscreen_max_ms=%s%n", args[2], l.size(),
                    CaseBench.ms(l.percentileMs(50)), CaseBench.ms(l.percentileMs(95)), CaseBench.ms(l.maxMs()));
        } finally {
            CaseBench.delete(folder, true);
        }
    }

    private static void receiveBox(ReceivingPort port, Shipment box, Random order, boolean reread, Latencies into) {
        port.receive(box.id(), Instant.now(), new BigDecimal("21"));
        List<ShipmentItem> tubes = new ArrayList<>(box.items());
        Collections.shuffle(tubes, order);
        for (ShipmentItem t : tubes) {
            long t0 = System.nanoTime();
            port.scan(box.id(), t.sampleNo());
            if (reread) {
                port.open(box.id());
            }
            if (into != null) {
                into.add(System.nanoTime() - t0);
            }
        }
    }

    private static Workspace login(Workstation w, String user, char[] password) {
        if (w.login(user, password) instanceof LoginResult.Success s) {
            return s.workspace();
        }
        throw new IllegalStateException("could not log in to the bench's own workstation");
    }
}
