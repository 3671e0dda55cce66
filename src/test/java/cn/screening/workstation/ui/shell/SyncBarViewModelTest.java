package cn.screening.workstation.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.sync.SyncStatus.Level;
import cn.screening.workstation.sync.SyncStatus.Snapshot;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the status bar says and how it is coloured, for each state sync can be in. */
class SyncBarViewModelTest {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant EARLIER = NOW.minus(Duration.ofMinutes(95));

    final FakeSync sync = new FakeSync();
    final SyncBarViewModel vm = new SyncBarViewModel(sync, Kits.kit(Tasks.direct(new RecordingErrors()),
            Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), Kits.nowhere()), Runnable::run);

    static Snapshot snapshot(long pending, long quarantined, long conflicts, String error, boolean syncing, boolean enrolled) {
        return new Snapshot(pending, pending > 0 ? EARLIER : null, quarantined, conflicts, 0, enrolled ? EARLIER : null, error,
                syncing, enrolled);
    }

    void show(Snapshot s) {
        sync.next = s;
        vm.activate();
    }

    @Test
    void greenOnlyWhenEnrolledAndNothingWaits() {
        show(snapshot(0, 0, 0, null, false, true));
        assertThat(vm.level().get()).isEqualTo(Level.OK);
        assertThat(vm.levelText().get()).isEqualTo("已全部同步");
        assertThat(vm.pendingText().get()).isEqualTo("同步：无待上传记录");
        assertThat(vm.detailText().get()).isEqualTo("上次同步：03-02 14:25");
        assertThat(vm.problemsText().get()).isEmpty();
        assertThat(vm.errorText().get()).isEmpty();
    }

    @Test
    void anOlderReleaseIsAskedToUpgradeWithoutTurningRed() {
        show(new Snapshot(0, null, 0, 0, 0, EARLIER, null, false, true, "0.3"));
        assertThat(vm.level().get()).isEqualTo(Level.OK);
        assertThat(vm.problemsText().get()).isEqualTo("请升级：省里要求工作站 0.3 或更新版本（本机 0.1.0，可继续使用）");
    }

    @Test
    void aRewrittenAuditHistoryTurnsTheBarRedAndSaysSo() {
        show(new Snapshot(0, null, 0, 0, 0, EARLIER, null, false, true, null, true));
        assertThat(vm.level().get()).isEqualTo(Level.ERROR);
        assertThat(vm.problemsText().get()).isEqualTo("本机审计记录与服务器记录不一致");
    }

    @Test
    void childrenWaitingForTheGuardiansConsentAreCountedWhileTheirRecordsWait() {
        show(new Snapshot(3, EARLIER, 0, 0, 0, EARLIER, null, false, true, null, 2));
        assertThat(vm.level().get()).isEqualTo(Level.PENDING);
        assertThat(vm.problemsText().get()).isEqualTo("待监护人同意 2 人（资料暂存本机）");
    }

    @Test
    void pendingShowsTheCountAndTheAgeOfTheOldest() {
        show(snapshot(3, 0, 0, null, false, true));
        assertThat(vm.level().get()).isEqualTo(Level.PENDING);
        assertThat(vm.levelText().get()).isEqualTo("等待上传");
        assertThat(vm.pendingText().get()).isEqualTo("同步：3 条记录待上传");
        assertThat(vm.detailText().get()).startsWith("最早一条已等待 1 小时");
    }

    @Test
    void syncingShowsProgressAndIsNotGreen() {
        show(snapshot(0, 0, 0, null, true, true));
        assertThat(vm.syncing().get()).isTrue();
        assertThat(vm.level().get()).isNotEqualTo(Level.OK);
        assertThat(vm.levelText().get()).isEqualTo("正在同步…");
    }

    @Test
    void quarantinedAndConflictsAreRedWithTheirCounts() {
        show(snapshot(0, 2, 1, null, false, true));
        assertThat(vm.level().get()).isEqualTo(Level.ERROR);
        assertThat(vm.levelText().get()).isEqualTo("同步需要处理");
        assertThat(vm.problemsText().get()).isEqualTo("被退回 2 条　冲突 1 条");
        assertThat(vm.quarantined().get()).isEqualTo(2);
        assertThat(vm.conflicts().get()).isEqualTo(1);
    }

    @Test
    void aFailureIsShownAsItsSentence() {
        show(snapshot(4, 0, 0, "无法连接省级服务器，请检查网络。", false, true));
        assertThat(vm.level().get()).isEqualTo(Level.ERROR);
        assertThat(vm.errorText().get()).isEqualTo("无法连接省级服务器，请检查网络。");
    }

    @Test
    void notEnrolledSaysSoAndIsNeverGreen() {
        show(snapshot(0, 0, 0, null, false, false));
        assertThat(vm.level().get()).isEqualTo(Level.ERROR);
        assertThat(vm.levelText().get()).isEqualTo("未注册到省级平台");
        assertThat(vm.detailText().get()).isEqualTo("尚未成功同步");
    }

    @Test
    void whatASyncPulledReachesTheShellEveryTime() {
        show(snapshot(0, 0, 0, null, false, true));
        List<Set<String>> heard = new ArrayList<>();
        vm.onPulled(heard::add);
        sync.pulledListener.accept(Set.of("shipment", "sample"));
        sync.pulledListener.accept(Set.of("shipment", "sample"));
        assertThat(heard).containsExactly(Set.of("shipment", "sample"), Set.of("shipment", "sample"));
        vm.deactivate();
        assertThat(sync.pulledListener).isNull();
    }

    @Test
    void snapshotsFromTheSyncThreadReachTheBarAndSyncNowAsks() {
        show(snapshot(1, 0, 0, null, false, true));
        sync.listener.accept(snapshot(0, 0, 0, null, false, true));
        assertThat(vm.level().get()).isEqualTo(Level.OK);
        vm.syncNow();
        assertThat(sync.asked).isEqualTo(1);
        vm.deactivate();
        assertThat(sync.listener).isNull();
    }

    @Test
    void agesAreMinutesHoursThenDays() {
        assertThat(vm.age(Duration.ofMinutes(12))).isEqualTo("12 分钟");
        assertThat(vm.age(Duration.ofHours(30))).isEqualTo("30 小时");
        assertThat(vm.age(Duration.ofDays(5))).isEqualTo("5 天");
    }

    static final class FakeSync implements SyncControl {
        Snapshot next = Snapshot.UNKNOWN;
        Consumer<Snapshot> listener;
        Consumer<Set<String>> pulledListener;
        int asked;

        @Override
        public void whenPulled(Consumer<Set<String>> l) {
            pulledListener = l;
        }

        @Override
        public void show(Consumer<Snapshot> l) {
            listener = l;
        }

        @Override
        public Snapshot refresh() {
            return next;
        }

        @Override
        public void syncNow() {
            asked++;
        }
    }
}
