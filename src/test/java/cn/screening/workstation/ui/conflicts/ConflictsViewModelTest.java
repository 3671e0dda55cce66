package cn.screening.workstation.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.service.ConflictPort;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.SyncConflicts.Pick;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The conflict list shows both sides with who and when, and each pick goes to the service once. */
class ConflictsViewModelTest {

    final List<SyncConflict> open = new ArrayList<>();
    final List<String> resolved = new ArrayList<>();
    int changed;

    final ConflictsViewModel vm = new ConflictsViewModel(new ConflictPort() {
        @Override
        public List<SyncConflict> open() {
            return List.copyOf(open);
        }

        @Override
        public void resolve(UUID conflictId, Pick pick) {
            if (open.stream().noneMatch(c -> c.id().equals(conflictId))) {
                throw new ServiceException("sync.conflict.gone");
            }
            resolved.add(conflictId + " " + pick);
            open.removeIf(c -> c.id().equals(conflictId));
        }
    }, Kits.kit(Tasks.direct(new RecordingErrors()), Clock.system(ZoneId.of("Asia/Shanghai")),
            Kits.changed(() -> changed++)));

    static SyncConflict phone(UUID id) {
        UUID patient = UUID.fromString("6f1c7a52-8d1e-4c1b-9f53-2a6f0d1c9e11");
        return new SyncConflict(id, UUID.randomUUID(), "patient", patient, "phone", "\"13900001111\"", "\"13800002222\"",
                "doctor1", "210727102-T", Instant.parse("2026-03-01T02:00:00Z"), "210727-C", Instant.parse("2026-03-01T03:30:00Z"),
                7, Instant.parse("2026-03-01T04:00:00Z"), false, null, null, null);
    }

    @Test
    void listsBothSidesWithWhoAndWhen() {
        open.add(phone(UUID.randomUUID()));
        vm.load();
        ConflictRow row = vm.rows().get(0);
        assertThat(row.record()).isEqualTo("患者 6f1c7a52");
        assertThat(row.field()).isEqualTo("phone");
        assertThat(row.localValue()).isEqualTo("13900001111");
        assertThat(row.localBy()).isEqualTo("doctor1（210727102-T），2026-03-01 10:00");
        assertThat(row.serverValue()).isEqualTo("13800002222");
        assertThat(row.serverBy()).isEqualTo("210727-C，2026-03-01 11:30");
    }

    @Test
    void keepLocalAndTakeServerCallTheServiceThenRefresh() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        open.add(phone(a));
        open.add(phone(b));
        vm.load();
        vm.selected().set(vm.rows().get(0));
        vm.keepLocal();
        assertThat(resolved).containsExactly(a + " LOCAL");
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.message().get()).isEqualTo("已保留本地的“phone”，记录将重新上传。");
        vm.selected().set(vm.rows().get(0));
        vm.takeServer();
        assertThat(resolved).containsExactly(a + " LOCAL", b + " SERVER");
        assertThat(vm.rows()).isEmpty();
        assertThat(changed).isEqualTo(2);
    }

    @Test
    void aConflictResolvedElsewhereIsSaidAndTheListRefreshed() {
        open.add(phone(UUID.randomUUID()));
        vm.load();
        vm.selected().set(vm.rows().get(0));
        open.clear();
        vm.keepLocal();
        assertThat(vm.message().get()).isEqualTo("该冲突已经处理过或不存在。");
        assertThat(vm.rows()).isEmpty();
        assertThat(changed).isZero();
    }

    @Test
    void nothingSelectedDoesNothing() {
        vm.keepLocal();
        assertThat(resolved).isEmpty();
    }
}
