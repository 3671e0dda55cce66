package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.audit.AuditChain;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditChainVerdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Four writers appending at once leave one unbroken chain: numbers 1..N without a gap or a fork. */
class AuditChainConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        Workstation w = TestSites.countyHospital(dir);
        try (Workspace ws = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
            long before = AuditChain.verify(ws.database()).lines();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int writer = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        int n = i;
                        ws.database().write(ws.session().actor(), tx -> {
                            ws.audit().append(tx, AuditAction.VIEW, "patient", null, "writer " + writer + " line " + n);
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            AuditChainVerdict v = AuditChain.verify(ws.database());
            assertThat(v.intact()).isTrue();
            assertThat(v.lines()).isEqualTo(before + 400);
            long distinct = ws.database().read(tx -> {
                try (var ps = tx.prepare("SELECT COUNT(DISTINCT chain_no), MAX(chain_no) FROM audit_log"); var rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
                    return rs.getLong(1);
                }
            });
            assertThat(distinct).isEqualTo(before + 400);
        }
    }
}
