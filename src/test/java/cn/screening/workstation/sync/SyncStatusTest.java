package cn.screening.workstation.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.patient.Patient;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status is green only when nothing waits: not while records are pending, quarantined or in conflict. */
class SyncStatusTest {

    @TempDir
    Path dir;

    @Test
    void levelFollowsWhatWaits() throws Exception {
        try (FakeProvincialServer server = new FakeProvincialServer("210727-C"); SyncFixture site = new SyncFixture(dir, server)) {
            SyncStatus status = new SyncStatus(site.store(), site.sentences);
            assertThat(status.refresh().level()).isEqualTo(SyncStatus.Level.OK);

            site.register(2);
            SyncStatus.Snapshot pending = status.refresh();
            assertThat(pending.level()).isEqualTo(SyncStatus.Level.PENDING);
            assertThat(pending.pending()).isEqualTo(2);
            assertThat(pending.oldestPendingAt()).isNotNull();
            assertThat(pending.oldestPendingAge(pending.oldestPendingAt().plusSeconds(90)).toSeconds()).isEqualTo(90);

            Patient bad = site.register(FakeProvincialServer.REJECTED_NAME);
            site.engine().syncOnce();
            SyncStatus.Snapshot quarantined = status.refresh();
            assertThat(quarantined.pending()).isZero();
            assertThat(quarantined.quarantined()).isEqualTo(1);
            assertThat(quarantined.level()).isEqualTo(SyncStatus.Level.ERROR);

            site.edit(bad.id(), p -> SyncEngineTest.withName(p, "改正后"));
            assertThat(status.refresh().level()).isEqualTo(SyncStatus.Level.PENDING);
            site.engine().syncOnce();
            SyncStatus.Snapshot clear = status.refresh();
            assertThat(clear.level()).isEqualTo(SyncStatus.Level.OK);
            assertThat(clear.lastSuccessAt()).isBeforeOrEqualTo(Instant.now());

            server.fail(FakeProvincialServer.Fault.HTTP_503);
            site.register(1);
            site.engine().syncOnce();
            SyncStatus.Snapshot failed = status.refresh();
            assertThat(failed.level()).isEqualTo(SyncStatus.Level.ERROR);
            assertThat(failed.lastError()).contains("HTTP 503");
        }
    }

    @Test
    void aSnapshotWithAnythingWaitingIsNeverOk() {
        for (long pending : new long[] {0, 1}) {
            for (long quarantined : new long[] {0, 1}) {
                for (long conflicts : new long[] {0, 1}) {
                    for (long unstored : new long[] {0, 1}) {
                        SyncStatus.Snapshot s = new SyncStatus.Snapshot(pending, null, quarantined, conflicts, unstored, null, null,
                                false, true);
                        assertThat(s.level() == SyncStatus.Level.OK).isEqualTo(pending + quarantined + conflicts + unstored == 0);
                    }
                }
            }
        }
        // a pulled record not stored here is something to deal with, like a refused one
        assertThat(new SyncStatus.Snapshot(0, null, 0, 0, 1, null, null, false, true).level()).isEqualTo(SyncStatus.Level.ERROR);
        assertThat(new SyncStatus.Snapshot(0, null, 0, 0, 0, null, null, false, false).level()).isEqualTo(SyncStatus.Level.ERROR);
    }
}
