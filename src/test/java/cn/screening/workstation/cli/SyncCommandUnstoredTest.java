package cn.screening.workstation.cli;

import static cn.screening.workstation.server.ServerHarness.COUNTY;
import static cn.screening.workstation.server.ServerHarness.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.server.Records;
import cn.screening.workstation.server.ServerHarness;
import cn.screening.workstation.service.Quarantine;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.sync.SyncStatus;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pulled record the workstation cannot store is never parked out of sight: against the real server,
 * the county holds a patient whose ID number a township of the county registered first. The county's
 * copy is refused naming the township's record; the township's copy cannot be stored beside it.
 */
class SyncCommandUnstoredTest {

    static final LocalDate BORN = LocalDate.of(1979, 8, 14);

    @TempDir
    Path dir;
    final HeadlessCli cli = new HeadlessCli();
    final Map<String, String> env = cli.env;
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;
    ServerHarness server;

    @BeforeEach
    void start() {
        server = ServerHarness.start(dir.resolve("server"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aPulledPatientThatCannotBeStoredIsCountedShownAndExitsOne() {
        Path data = dir.resolve("data");
        TestSites.countyHospital(data);
        env.put("SCREENING_PASSWORD", TestSites.ADMIN_PASSWORD);
        assertThat(run("--data", data.toString(), "--user", "admin", "enrol", "--server", "http://127.0.0.1:" + server.api.port(),
                "--code", server.services.administration().enrolmentCode(COUNTY))).isZero();
        String idNumber = TestSites.yixianId(BORN, 27);

        UUID ours;
        try (Workspace ws = TestSites.login(TestSites.workstation(data), "admin", TestSites.ADMIN_PASSWORD)) {
            Patient p = TestSites.patient("周建国", idNumber, Sex.MALE, BORN);
            Patient local = new Patient(UUID.randomUUID(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(),
                    p.phone(), p.address(), p.guardian(), p.povertyStatus(), p.insurance(), COUNTY, null);
            ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, local));
            ours = local.id();
        }
        UUID theirs = UUID.randomUUID();
        String township = server.enrol(TOWNSHIP).token();
        assertThat(server.push(township, Records.create(EntityTypes.PATIENT, theirs,
                Records.patient(theirs, "周建国", TOWNSHIP, idNumber, BORN))).results().get(0).status()).isEqualTo(ChangeStatus.APPLIED);

        assertThat(run("--data", data.toString(), "--user", "admin", "sync")).isEqualTo(SyncCommand.EXIT_WAITING);
        assertThat(out.toString()).startsWith("pushed=0 ").contains("pending=0 quarantined=1 conflicts=0 unstored=1");
        assertThat(err.toString()).contains("下发未保存：patient " + theirs + "：本机已有另一位患者使用相同的证件号码")
                .doesNotContain(idNumber).doesNotContain("周建国");

        try (Workspace ws = TestSites.login(TestSites.workstation(data), "admin", TestSites.ADMIN_PASSWORD)) {
            Quarantine quarantine = new Quarantine(ws);
            // our copy is refused, naming the township's record so the two can be merged
            assertThat(quarantine.list()).singleElement().satisfies(q -> {
                assertThat(q.entityId()).isEqualTo(ours);
                assertThat(q.reasons()).extracting(Reason::code).containsExactly("duplicate_id_number");
                assertThat(q.reasons().get(0).message()).contains(theirs.toString()).contains("七里河镇卫生院");
                // the quarantine keeps the named record as data, for the merge
                assertThat(q.reasons().get(0).existingId()).isEqualTo(theirs);
                assertThat(q.reasons().get(0).existingSite()).isEqualTo(TOWNSHIP);
            });
            // theirs is listed as not stored, with why
            assertThat(quarantine.unstored()).singleElement().satisfies(u -> {
                assertThat(u.entityId()).isEqualTo(theirs);
                assertThat(u.reasonKey()).isEqualTo("sync.unstored.duplicateIdentity");
            });
            SyncStatus.Snapshot status = new SyncStatus(ws.syncStore(), new Texts(Locale.SIMPLIFIED_CHINESE)::get).refresh();
            assertThat(status.unstored()).isEqualTo(1);
            assertThat(status.level()).isEqualTo(SyncStatus.Level.ERROR);
        }

        // a second run says the same: the record still waits, and is still shown
        assertThat(run("--data", data.toString(), "--user", "admin", "sync")).isEqualTo(SyncCommand.EXIT_WAITING);
        assertThat(out.toString()).contains("unstored=1");
    }
}
