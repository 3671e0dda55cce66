package cn.screening.workstation.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.OutboxState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The push one step ahead: the next batch is taken while the server judges the one before, is sent
 * only once that one is answered, and never carries a record the batch with the server carries.
 */
class PipelinedPushTest {

    @TempDir
    Path dir;
    FakeProvincialServer server;
    SyncFixture site;

    @BeforeEach
    void start() throws Exception {
        server = new FakeProvincialServer("210727-C");
        site = new SyncFixture(dir, server);
    }

    @AfterEach
    void stop() {
        site.close();
        server.close();
    }

    @Test
    void theNextBatchIsTakenWhileTheServerJudgesTheOneBefore() {
        site.register(450);
        AtomicBoolean first = new AtomicBoolean(true);
        List<Integer> inFlightOnArrival = new CopyOnWriteArrayList<>();
        server.beforeJudging(request -> {
            if (first.getAndSet(false)) {
                // the server holds batch 1: the workstation stores batch 2 in flight meanwhile, without waiting for the answer
                Awaitility.await().atMost(Duration.ofSeconds(20))
                        .until(() -> site.outbox(OutboxState.IN_FLIGHT).size() == 450);
            }
            inFlightOnArrival.add(site.outbox(OutboxState.IN_FLIGHT).size());
        });

        SyncReport report = site.engine().syncOnce();

        assertThat(report.line()).isEqualTo("pushed=450 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        // batch 2 was taken before batch 1's answer, sized as after a fast answer (the rest, 250, fit in it)
        assertThat(server.batchSizes()).containsExactly(200, 250);
        assertThat(server.batchIdsSeen()).doesNotHaveDuplicates();
        assertThat(server.recordCount(EntityTypes.PATIENT)).isEqualTo(450);
        assertThat(site.pending()).isZero();
    }

    @Test
    void aRecordWithTheServerWaitsForItsAnswerBeforeItsNextEditTravels() {
        Patient inFirst = site.register(200).get(0);
        server.fail(FakeProvincialServer.Fault.HTTP_503);
        assertThat(site.engine().syncOnce().failure()).isInstanceOf(SyncFailure.ServerTrouble.class);
        // batch 1 (200) stays in flight; 50 new patients wait, then an edit of batch 1's first record
        site.register(50);
        site.edit(inFirst.id(), p -> SyncEngineTest.withPhone(p, "13900000000"));
        List<Set<UUID>> sent = new CopyOnWriteArrayList<>();
        server.beforeJudging(request -> sent.add(request.changes().stream().map(Change::entityId).collect(Collectors.toSet())));

        SyncReport report = site.engine().syncOnce();

        // the stored batch again; the 50 taken while it was with the server, stopping before the edit; the edit
        // last, from the version batch 1 gave the record (sent along with batch 1 it would clash with it)
        assertThat(report.line()).isEqualTo("pushed=251 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(server.batchSizes()).containsExactly(200, 50, 1);
        assertThat(sent.get(1)).doesNotContain(inFirst.id());
        assertThat(sent.get(2)).containsExactly(inFirst.id());
        assertThat(server.payload(inFirst.id()).get("phone").asText()).isEqualTo("13900000000");
        assertThat(site.patient(inFirst.id()).meta().version()).isEqualTo(server.version(inFirst.id()));
    }

    @Test
    void afterAFailureBothStoredBatchesAreResentOldestFirstUnderTheirIds() {
        site.register(450);
        server.beforeJudging(request -> Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> site.outbox(OutboxState.IN_FLIGHT).size() == 450));
        server.fail(FakeProvincialServer.Fault.APPLY_THEN_502);
        SyncReport cut = site.engine().syncOnce();
        assertThat(cut.failure()).isInstanceOf(SyncFailure.ServerTrouble.class);
        assertThat(site.outbox(OutboxState.IN_FLIGHT)).hasSize(450);
        List<UUID> before = server.batchIdsSeen();
        assertThat(before).hasSize(1);
        server.beforeJudging(request -> { });

        SyncReport resent = site.engine().syncOnce();

        assertThat(resent.line()).isEqualTo("pushed=450 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        List<UUID> seen = server.batchIdsSeen();
        assertThat(seen).hasSize(3);
        assertThat(seen.get(1)).as("the batch the server applied but whose answer was lost goes first").isEqualTo(before.get(0));
        assertThat(server.batchSizes()).containsExactly(200, 200, 250);
        assertThat(server.recordCount(EntityTypes.PATIENT)).isEqualTo(450);
    }
}
