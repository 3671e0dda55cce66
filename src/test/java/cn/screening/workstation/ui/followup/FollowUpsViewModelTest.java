package cn.screening.workstation.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.FollowUpKind;
import cn.screening.workstation.domain.followup.FollowUpStatus;
import cn.screening.workstation.domain.followup.Visit;
import cn.screening.workstation.service.followup.FollowUpContact;
import cn.screening.workstation.service.followup.FollowUpPort;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The follow-up list's filters (due, overdue, 失访) and the visit form's own checks, before anything is sent. */
class FollowUpsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final List<Visit> recorded = new ArrayList<>();
    private final FollowUp due = schedule(TODAY.plusDays(3), FollowUpStatus.ACTIVE, 0);
    private final FollowUp overdue = schedule(TODAY.minusDays(12), FollowUpStatus.ACTIVE, 1);
    private final FollowUp later = schedule(TODAY.plusMonths(2), FollowUpStatus.ACTIVE, 0);
    private final FollowUp lost = schedule(null, FollowUpStatus.LOST, 3);
    private final FollowUpsViewModel vm = new FollowUpsViewModel(new FollowUpPort() {
        @Override
        public List<Listed> list() {
            return List.of(new Listed(due, "张*", "C1"), new Listed(overdue, "李**", "C2"),
                    new Listed(later, "王*", "C3"), new Listed(lost, "赵*", "C4"));
        }

        @Override
        public java.util.Optional<FollowUpContact> contact(UUID followUpId) {
            return followUpId.equals(due.id()) ? java.util.Optional.of(new FollowUpContact("张三", "13812341234", "张大山 13900001111"))
                    : java.util.Optional.empty();
        }

        @Override
        public FollowUp recordVisit(UUID followUpId, Visit visit) {
            recorded.add(visit);
            return schedule(visit.date().plusMonths(3), FollowUpStatus.ACTIVE, 0);
        }
    }, Kits.kit(Tasks.direct(new RecordingErrors()),
            Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")), Kits.nowhere()), "doctor1");

    private static FollowUp schedule(LocalDate next, FollowUpStatus status, int failed) {
        return new FollowUp(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, "S1", FollowUpKind.ROUTINE, 3, next,
                failed, status, List.of(), null);
    }

    @Test
    void dueListsTheWeekAheadAndTheOverdueWithTheirDaysLate() {
        vm.load();
        assertThat(vm.rows()).extracting(FollowUpRow::patient).containsExactly("李**", "张*");
        assertThat(vm.rows().get(0).status()).isEqualTo("随访中，逾期 12 天");
        assertThat(vm.rows().get(0).overdue()).isTrue();
    }

    @Test
    void theScheduleToCallShowsTheNameAndPhoneOnlyWhereThePortRevealsThem() {
        vm.load();
        vm.selected().set(vm.rows().get(1)); // 张*, whose contact the port reveals
        assertThat(vm.contact().get()).isEqualTo("联系：张三　电话 13812341234　家属 张大山 13900001111");
        vm.selected().set(vm.rows().get(0));
        assertThat(vm.contact().get()).isEqualTo("本角色不能查看患者姓名和电话，请由有权限的医生拨打");
        assertThat(vm.rows()).extracting(FollowUpRow::patient).containsExactly("李**", "张*"); // the list stays masked
    }

    @Test
    void lostPatientsAreListedAsLost() {
        vm.load();
        vm.filter().set(FollowUpFilter.LOST);
        assertThat(vm.rows()).extracting(FollowUpRow::patient, FollowUpRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("赵*", "失访"));
    }

    @Test
    void aBleedAfterTheVisitOrWithoutASiteIsRefusedBeforeSaving() {
        vm.load();
        vm.selected().set(vm.rows().get(1));
        vm.bleeds().date().set(TODAY.minusDays(2));
        vm.addBleed();
        assertThat(vm.problem().get()).isEqualTo("出血部位：请填写出血部位。");
        vm.bleeds().site().set("左踝");
        vm.addBleed();
        assertThat(vm.bleeds().bleeds()).hasSize(1);
        vm.visitDate().set(TODAY.minusDays(5));
        vm.save();
        assertThat(vm.problem().get()).isEqualTo("出血日期：不能晚于随访日期。");
        assertThat(recorded).isEmpty();

        vm.visitDate().set(TODAY);
        vm.targetJoints().set("左踝、右膝，左踝");
        vm.save();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).targetJoints()).containsExactly("左踝", "右膝");
        assertThat(recorded.get(0).by()).isEqualTo("doctor1");
        assertThat(vm.message().get()).isEqualTo("已保存 张* 的随访，下次随访：2027-02-26");
        assertThat(vm.bleeds().bleeds()).isEmpty();
    }
}
