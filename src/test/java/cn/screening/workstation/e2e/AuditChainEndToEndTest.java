package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.server.store.AuditHeads;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.audit.AuditChain;
import cn.screening.workstation.store.Actor;
import cn.screening.workstation.store.AuditForgery;
import cn.screening.workstation.sync.SyncStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each sync hands the province the workstation's audit chain head. A history that only grows is
 * taken quietly; an old line rewritten and every link after it recomputed (the local chain then
 * verifies) is caught at the next sync: the province raises an alarm and the status bar says so.
 */
class AuditChainEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void aRewrittenHistoryIsCaughtByTheProvince() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            SyncStatus status = new SyncStatus(county.ws.syncStore(), new Texts(Locale.SIMPLIFIED_CHINESE)::get);
            county.register("王小明");
            assertThat(county.sync().allClear()).isTrue();
            county.register("李小红");
            assertThat(county.sync().allClear()).isTrue();
            // the acknowledged head forgotten here (a lost answer): the province names the head it keeps and is answered
            sql(county, "UPDATE sync_state SET audit_acked_chain_no = NULL");
            county.register("赵小刚");
            assertThat(county.sync().allClear()).isTrue();
            assertThat(province.services.auditAlarms(10)).isEmpty();
            assertThat(status.refresh().auditMismatch()).isFalse();

            AuditForgery.rewrite(county.ws.database(), 2, "nothing happened");
            assertThat(AuditChain.verify(county.ws.database()).intact()).as("recomputed: the local chain holds").isTrue();
            county.register("孙小军");
            assertThat(county.sync().failure()).isNull();

            List<AuditHeads.Alarm> alarms = province.services.auditAlarms(10);
            assertThat(alarms).hasSize(1);
            assertThat(alarms.get(0).siteCode()).isEqualTo(Province.YIXIAN.siteCode());
            assertThat(alarms.get(0).vouchedHash()).isNotEqualTo(alarms.get(0).knownHash());
            SyncStatus.Snapshot shown = status.refresh();
            assertThat(shown.auditMismatch()).isTrue();
            assertThat(shown.level()).isEqualTo(SyncStatus.Level.ERROR);

            // the alarm is raised once: the province now keeps the new head, and growth from it is taken quietly
            county.register("周小丽");
            assertThat(county.sync().failure()).isNull();
            assertThat(province.services.auditAlarms(10)).hasSize(1);
        }
    }

    private static void sql(Station s, String statement) {
        s.ws.database().write(Actor.SYSTEM, tx -> {
            try (var st = tx.connection().createStatement()) {
                return st.executeUpdate(statement);
            }
        });
    }
}
