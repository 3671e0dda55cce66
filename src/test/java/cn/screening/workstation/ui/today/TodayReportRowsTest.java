package cn.screening.workstation.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.report.ReportWork;
import cn.screening.workstation.service.today.StandardWork;
import cn.screening.workstation.service.today.TodayPort;
import cn.screening.workstation.service.today.WorkItem;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.Section;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The monthly report's reminders on 今日待办: one row each, named in Chinese, not counted as referrals, opening the report's section. */
class TodayReportRowsTest {

    @Test
    void reportRemindersAreRowsOfTheirOwnThatOpenTheReport() {
        List<Section> shown = new ArrayList<>();
        TodayPort port = new TodayPort() {
            @Override
            public List<WorkItem> waiting() {
                return List.of(new WorkItem(ReportWork.DUE, UUID.randomUUID(), "2026-11", LocalDate.of(2026, 12, 25), false),
                        new WorkItem(ReportWork.RETURNED, UUID.randomUUID(), "2026-10 · 表B不符", LocalDate.of(2026, 11, 27), false),
                        new WorkItem(StandardWork.REFERRAL_ANSWER, UUID.randomUUID(), "SZ-1 · 张*", null, false));
            }

            @Override
            public int samplesOverdue() {
                return 0;
            }

            @Override
            public int openConflicts() {
                return 0;
            }

            @Override
            public int quarantined() {
                return 0;
            }
        };
        TodayViewModel vm = new TodayViewModel(port, Kits.kit(Tasks.direct(new RecordingErrors()), Clock.systemDefaultZone(),
                Kits.navigator(() -> { }, shown::add, id -> { })));
        vm.load();

        assertThat(vm.rows()).extracting(TodayRow::what).containsExactly("待接诊的上转", "月报待提交（截止 25 日）", "月报已退回，请修订");
        assertThat(vm.rows().get(2).detail()).isEqualTo("2026-10 · 表B不符");
        assertThat(vm.summary().get()).startsWith("待处理转诊 1 件");
        vm.open(vm.rows().get(1));
        assertThat(shown).containsExactly(Section.REPORT);
    }
}
