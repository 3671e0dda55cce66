package cn.screening.workstation.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.DuplicatePort;
import cn.screening.workstation.service.PatientMerge.Duplicate;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The duplicate-patient rows show ours masked beside the existing record, and 合并到已有患者 merges the picked one once. */
class DuplicatesViewModelTest {

    static final UUID EXISTING = UUID.fromString("0d9e6c1a-3f7b-4a52-9c11-7e2b5a8d4f60");

    final List<Duplicate> open = new ArrayList<>();
    final List<Long> merged = new ArrayList<>();
    int changed;

    final DuplicatesViewModel vm = new DuplicatesViewModel(new DuplicatePort() {
        @Override
        public List<Duplicate> duplicates() {
            return List.copyOf(open);
        }

        @Override
        public void merge(long seq) {
            if (!open.removeIf(d -> d.seq() == seq)) {
                throw new ServiceException("sync.quarantine.gone");
            }
            merged.add(seq);
        }
    }, Kits.kit(Tasks.direct(new RecordingErrors()), Clock.systemDefaultZone(),
            Kits.changed(() -> changed++)));

    static Duplicate twin(long seq) {
        return new Duplicate(seq, UUID.randomUUID(), "张*", "210727********0311", EXISTING, "210727102-T", "七里河镇卫生院");
    }

    @Test
    void listsOurMaskedPatientBesideTheExistingRecordsSiteAndId() {
        open.add(twin(7));
        vm.load();
        assertThat(vm.rows()).containsExactly(new DuplicateRow(7, "张*", "210727********0311", "七里河镇卫生院", EXISTING.toString()));
    }

    @Test
    void mergeCallsTheServiceForThePickedRowThenRefreshes() {
        open.add(twin(7));
        open.add(twin(9));
        vm.load();
        vm.selected().set(vm.rows().get(1));
        vm.merge();
        assertThat(merged).containsExactly(9L);
        assertThat(vm.rows()).extracting(DuplicateRow::seq).containsExactly(7L);
        assertThat(vm.message().get()).isEqualTo("已将“张*”合并到七里河镇卫生院登记的已有患者，相关记录将重新上传。");
        assertThat(changed).isEqualTo(1);
    }

    @Test
    void aRowAlreadyMergedElsewhereSaysSoAndNothingIsCounted() {
        vm.load();
        // merged on another screen since the list was read
        vm.selected().set(DuplicatesViewModel.row(twin(7)));
        vm.merge();
        assertThat(merged).isEmpty();
        assertThat(vm.message().get()).isEqualTo("该记录不在隔离区中。");
        assertThat(changed).isZero();
    }
}
