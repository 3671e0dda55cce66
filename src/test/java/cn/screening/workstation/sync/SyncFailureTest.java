package cn.screening.workstation.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.store.Actor;
import cn.screening.workstation.store.OutboxState;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link or a server that misbehaves: each failure becomes a plain Chinese sentence, every record
 * stays queued, and once the trouble is gone one more sync delivers each record exactly once.
 */
class SyncFailureTest {

    @TempDir
    Path dir;
    FakeProvincialServer server;
    SyncFixture site;

    @BeforeEach
    void start() throws Exception {
        server = new FakeProvincialServer("210727-C");
        site = new SyncFixture(dir, server);
        site.register(12);
    }

    @AfterEach
    void stop() {
        site.close();
        server.close();
    }

    /** Syncs once with the fault, checks the sentence and that nothing left, then syncs cleanly. */
    private void survives(FakeProvincialServer.Fault fault, Class<? extends SyncFailure> kind, String sentencePart) {
        server.fail(fault);
        SyncReport report = site.engine().syncOnce();
        assertThat(report.failure()).isInstanceOf(kind);
        assertThat(site.sentence(report.failure())).contains(sentencePart);
        assertThat(report.pending()).isEqualTo(12);
        assertThat(report.allClear()).isFalse();
        assertThat(site.ws.database().read(tx -> site.store().state().load(tx)).lastErrorKey())
                .isEqualTo(report.failure().messageKey());

        SyncReport after = site.engine().syncOnce();
        assertThat(after.line()).isEqualTo("pushed=12 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(server.recordCount(EntityTypes.PATIENT)).isEqualTo(12);
        assertThat(site.ws.database().read(tx -> site.store().state().load(tx)).lastErrorKey()).isNull();
    }

    @Test
    void badGatewayIsAServerProblemAndKeepsEverything() {
        survives(FakeProvincialServer.Fault.HTTP_502, SyncFailure.ServerTrouble.class, "HTTP 502");
    }

    @Test
    void serviceUnavailableIsAServerProblemAndKeepsEverything() {
        survives(FakeProvincialServer.Fault.HTTP_503, SyncFailure.ServerTrouble.class, "HTTP 503");
    }

    @Test
    void anHtmlPageIsNoAnswer() {
        survives(FakeProvincialServer.Fault.HTML, SyncFailure.ProtocolError.class, "无法识别");
    }

    @Test
    void aTruncatedBodyIsNoAnswer() {
        survives(FakeProvincialServer.Fault.TRUNCATED, SyncFailure.ProtocolError.class, "无法识别");
    }

    @Test
    void aRevokedTokenAsksForReEnrolmentAndDropsNothing() {
        server.revoke();
        SyncReport report = site.engine().syncOnce();
        assertThat(report.failure()).isInstanceOfSatisfying(SyncFailure.NeedsEnrolment.class,
                f -> assertThat(f.code()).isEqualTo("token_revoked"));
        assertThat(site.sentence(report.failure())).contains("重新登记");
        assertThat(report.pending()).isEqualTo(12);
        assertThat(site.outbox(OutboxState.IN_FLIGHT)).hasSize(12);
        assertThat(server.recordCount(EntityTypes.PATIENT)).isZero();
        assertThat(site.patientCount()).isEqualTo(12);
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        site.services.syncSetup(site.api).changeServer("http://127.0.0.1:" + closedPort);
        SyncReport report = site.engine().syncOnce();
        assertThat(report.failure()).isInstanceOf(SyncFailure.Unreachable.class);
        assertThat(site.sentence(report.failure())).contains("无法连接省级服务器");
        assertThat(report.pending()).isEqualTo(12);

        site.services.syncSetup(site.api).changeServer(server.url() + "/api/v1/");
        assertThat(site.engine().syncOnce().line()).isEqualTo("pushed=12 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
    }

    @Test
    void aNotEnrolledWorkstationIsToldSo() {
        var w = TestSites.countyHospital(dir.resolve("second"));
        try (var ws = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            SyncEngine engine = new SyncEngine(ws.syncStore(), site.api, new Actor("sync", "210727-C"), BatchSizer.standard(),
                    System::nanoTime);
            SyncReport report = engine.syncOnce();
            assertThat(report.failure()).isInstanceOf(SyncFailure.NotEnrolled.class);
            assertThat(site.sentence(report.failure())).contains("尚未登记");
        }
    }

    @Test
    void aServerWithAnUntrustedCertificateIsACertificateProblem() throws Exception {
        try (FakeProvincialServer impostor = new FakeProvincialServer("210727-C", 0, FakeProvincialServer.selfSigned(dir))) {
            site.services.syncSetup(site.api).changeServer(impostor.url());
            SyncReport report = site.engine().syncOnce();
            assertThat(report.failure()).isInstanceOf(SyncFailure.CertificateProblem.class);
            assertThat(site.sentence(report.failure())).contains("证书");
            assertThat(report.pending()).isEqualTo(12);
        }
        site.services.syncSetup(site.api).changeServer(server.url());
        assertThat(site.engine().syncOnce().pending()).isZero();
    }

    @Test
    void aFailedBatchHalvesTheNextOne() {
        SyncEngine engine = site.engine();
        server.fail(FakeProvincialServer.Fault.HTTP_503);
        engine.syncOnce();
        assertThat(engine.sizer().size()).isEqualTo(BatchSizer.START / 2);
    }
}
