package cn.screening.workstation.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.protocol.EntityTypes;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The 统计看板 reads again after a sync that brought what its charts are drawn from, the timings' records too. */
class DashboardRereadTest {

    @Test
    void samplesVerdictsAndReferralsPulledRedrawTheTimingChartsLikeLedgerRows() {
        for (String type : new String[] {EntityTypes.LEDGER_ENTRY, EntityTypes.SAMPLE, EntityTypes.TUBE_VERDICT, EntityTypes.REFERRAL}) {
            assertThat(DashboardController.changesCharts(Set.of(EntityTypes.PATIENT, type))).as(type).isTrue();
        }
        assertThat(DashboardController.changesCharts(Set.of(EntityTypes.PATIENT, EntityTypes.CASE, EntityTypes.SITE))).isFalse();
    }
}
