package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.TestStores;
import cn.screening.workstation.server.http.ApiServer;
import cn.screening.workstation.server.http.HttpOptions;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless `sync` against the real server on loopback: it exits 1 while a record is held in
 * quarantine, and 0 once every change is at the server, so a scheduled task can tell them apart.
 */
class SyncCommandExitTest {

    private static final String YIXIAN = "210727-C";
    private static final String HEISHAN = "210726-C";

    @TempDir
    Path dir;
    final HeadlessCli cli = new HeadlessCli();
    final Map<String, String> env = cli.env;
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;
    TestStores.TestStore store;
    ServerServices server;
    ApiServer api;

    @BeforeEach
    void start() {
        store = TestStores.fresh(dir.resolve("server"));
        server = ServerServices.open(store.target(), 4, Clock.systemUTC());
        server.administration().addSite(YIXIAN, InstitutionType.COUNTY, "210727", "义县人民医院", null);
        server.administration().addSite(HEISHAN, InstitutionType.COUNTY, "210726", "黑山县人民医院", null);
        api = ApiServer.start(server, HttpOptions.plain("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        api.close();
        server.close();
        store.close();
    }

    int run(String... args) {
        return cli.run(args);
    }

    @Test
    void exitsOneWhileARecordIsHeldAndZeroOnceEverythingIsAtTheServer() {
        Path data = dir.resolve("data");
        TestSites.countyHospital(data);
        env.put("SCREENING_PASSWORD", TestSites.ADMIN_PASSWORD);
        String code = server.administration().enrolmentCode(YIXIAN);
        assertThat(run("--data", data.toString(), "--user", "admin", "enrol", "--server", "http://127.0.0.1:" + api.port(),
                "--code", code)).isZero();

        UUID wrongSite;
        try (Workspace ws = TestSites.login(TestSites.workstation(data), "admin", TestSites.ADMIN_PASSWORD)) {
            insert(ws, "张三", 11, YIXIAN);
            insert(ws, "李四", 13, YIXIAN);
            wrongSite = insert(ws, "王五", 15, HEISHAN);
        }

        assertThat(run("--data", data.toString(), "--user", "admin", "sync")).isEqualTo(SyncCommand.EXIT_WAITING);
        assertThat(out.toString()).startsWith("pushed=2 ").contains("pending=0 quarantined=1 conflicts=0 unstored=0");
        assertThat(err.toString()).isEmpty();
        assertThat(server.administration().stats()).containsEntry("patients", 2L);

        // still held: a second run says the same
        assertThat(run("--data", data.toString(), "--user", "admin", "sync")).isEqualTo(SyncCommand.EXIT_WAITING);
        assertThat(out.toString()).contains("quarantined=1");

        try (Workspace ws = TestSites.login(TestSites.workstation(data), "admin", TestSites.ADMIN_PASSWORD)) {
            ws.database().write(ws.session().actor(), tx -> {
                Patient p = ws.patients().findById(tx, wrongSite).orElseThrow();
                return ws.patients().update(tx, new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(),
                        p.ethnicityCode(), p.phone(), p.address(), p.guardian(), p.povertyStatus(), p.insurance(), YIXIAN, p.meta()));
            });
        }
        assertThat(run("--data", data.toString(), "--user", "admin", "sync")).isZero();
        assertThat(out.toString()).startsWith("pushed=1 ").contains("pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(server.administration().stats()).containsEntry("patients", 3L);
    }

    private static UUID insert(Workspace ws, String name, int sequence, String site) {
        // adults: a child would need a guardian, and the server judges by the workstation's rules
        LocalDate birth = LocalDate.of(1985, 3, 2);
        Patient p = TestSites.patient(name, TestSites.yixianId(birth, sequence), Sex.MALE, birth);
        Patient stored = new Patient(UUID.randomUUID(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(),
                p.phone(), p.address(), p.guardian(), p.povertyStatus(), p.insurance(), site, null);
        ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, stored));
        return stored.id();
    }
}
