package cn.screening.workstation.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.screening.workstation.protocol.EntityTypes;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Background sync: it waits out a missing server, syncs by itself when it answers, and the status follows. */
class SyncSchedulerTest {

    @TempDir
    Path dir;

    @Test
    void syncsByItselfWhenTheServerComesBackAndTheStatusIsNeverOkWhileAnythingWaits() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (FakeProvincialServer enrolling = new FakeProvincialServer("210727-C");
             SyncFixture site = new SyncFixture(dir, enrolling)) {
            site.services.syncSetup(site.api).changeServer("http://127.0.0.1:" + port);
            site.register(4);
            SyncStatus status = new SyncStatus(site.store(), site.sentences);
            List<SyncStatus.Snapshot> seen = new CopyOnWriteArrayList<>();
            status.addListener(seen::add);
            Backoff backoff = new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), new Random(7));
            try (SyncScheduler scheduler = new SyncScheduler(site.engine(), status, backoff, Duration.ofHours(1))) {
                scheduler.start();
                await().atMost(10, TimeUnit.SECONDS).until(() -> status.snapshot().lastError() != null && !status.snapshot().syncing());
                SyncStatus.Snapshot down = status.snapshot();
                assertThat(down.lastError()).contains("无法连接省级服务器");
                assertThat(down.pending()).isEqualTo(4);
                assertThat(down.level()).isEqualTo(SyncStatus.Level.ERROR);
                assertThat(Thread.getAllStackTraces().keySet()).anySatisfy(t -> {
                    assertThat(t.getName()).isEqualTo(SyncScheduler.THREAD_NAME);
                    assertThat(t.isDaemon()).isTrue();
                });

                try (FakeProvincialServer back = new FakeProvincialServer("210727-C", port)) {
                    await().atMost(10, TimeUnit.SECONDS).until(() -> status.snapshot().level() == SyncStatus.Level.OK);
                    assertThat(back.recordCount(EntityTypes.PATIENT)).isEqualTo(4);
                    assertThat(status.snapshot().lastSuccessAt()).isNotNull();
                    assertThat(status.snapshot().lastError()).isNull();
                    // every snapshot before the last record arrived showed it waiting
                    assertThat(seen).filteredOn(s -> s.pending() > 0).allSatisfy(s -> assertThat(s.level()).isNotEqualTo(SyncStatus.Level.OK));

                    site.register(1);
                    SyncReport now = scheduler.syncNow().get(10, TimeUnit.SECONDS);
                    assertThat(now.pushed()).isEqualTo(1);
                    assertThat(back.recordCount(EntityTypes.PATIENT)).isEqualTo(5);
                }
            }
            await().atMost(10, TimeUnit.SECONDS).until(() -> Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().equals(SyncScheduler.THREAD_NAME)));
        }
    }

    @Test
    void backoffDoublesWithJitterUpToItsCeilingAndStartsOverAfterASuccess() {
        Backoff b = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10), new Random(1));
        long previousCeiling = 0;
        for (int i = 0; i < 12; i++) {
            long ceiling = Math.min(5_000L << i, 600_000L);
            Duration d = b.next();
            assertThat(d.toMillis()).isBetween(ceiling / 2, ceiling);
            assertThat(ceiling).isGreaterThanOrEqualTo(previousCeiling);
            previousCeiling = ceiling;
        }
        b.reset();
        assertThat(b.next().toMillis()).isBetween(2_500L, 5_000L);
    }
}
