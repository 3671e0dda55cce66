package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.server.store.StoreTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With every commit written at once (WRITE_DELAY=0) the server compacts its H2 file itself: many pushes
 * do not grow it many times over once freed space may be reused (after the retention time).
 */
@Tag("slow")
class ServerStoreCompactionTest {

    @TempDir
    Path dir;

    @Test
    void manyPushesKeepTheFileNearItsLiveSize() throws Exception {
        StoreTarget target = StoreTarget.h2(dir);
        Path file = dir.resolve("provincial.mv.db");
        long loaded;
        try (ServerServices s = ServerServices.open(target, 2, Clock.systemUTC())) {
            s.administration().addSite("210727-C", InstitutionType.COUNTY, "210727", "义县人民医院", null);
            // freed chunks become reusable after the retention time (45 s in use): a test of seconds shortens it
            try (Connection c = DriverManager.getConnection(target.url(), target.user(), target.password());
                 Statement st = c.createStatement()) {
                st.execute("SET RETENTION_TIME 1000");
            }
            UUID device = UUID.randomUUID();
            for (int batch = 0; batch < 400; batch++) {
                List<Change> changes = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    changes.add(Records.createPatient(UUID.randomUUID(), "患者" + Records.numeral(batch) + "之" + Records.numeral(i), "210727-C"));
                }
                s.push().push(device, "210727-C", new PushRequest(UUID.randomUUID(), changes));
            }
            loaded = Files.size(file);
        }
        try (Connection c = DriverManager.getConnection(target.url(), target.user(), target.password()); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        long live = Files.size(file);
        assertThat(live).isGreaterThan(2L << 20);
        assertThat(loaded).as("file after the pushes, live size %d", live).isLessThanOrEqualTo(2 * live + (20L << 20));
    }
}
