package cn.screening.workstation.ui.patients;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.PatientQuery;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.service.Page;
import cn.screening.workstation.service.PatientListItem;
import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.service.PatientSource;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The 患者 list's filters, paging and messages, against 70 patients in memory. */
class PatientListViewModelTest {

    private final List<PatientListItem> all = IntStream.range(0, 70).mapToObj(i -> new PatientListItem(UUID.randomUUID(),
            "张*", "210727********123" + (i % 10), Sex.MALE, null, "七里河镇", "七里河村", PovertyStatus.NONE)).toList();
    private final List<PatientQuery> queries = new ArrayList<>();
    private final List<UUID> opened = new ArrayList<>();

    private final PatientSource source = new PatientSource() {
        @Override
        public Page<PatientListItem> search(PatientQuery q) {
            queries.add(q);
            List<PatientListItem> matching = q.namePrefix() == null ? all : List.of();
            int to = Math.min(matching.size(), q.offset() + q.limit());
            return new Page<>(matching.subList(Math.min(q.offset(), to), to), matching.size(), q.offset(), q.limit());
        }

        @Override
        public PatientRecord open(UUID patientId) {
            opened.add(patientId);
            return new PatientRecord(patientId, "张*", "210727********1230", Sex.MALE, null, null, "七里河镇", null,
                    PovertyStatus.NONE, null, List.of(), List.of(), List.of(), List.of(), false);
        }

        @Override
        public String revealIdNumber(UUID patientId) {
            return "210727201001011230";
        }

        @Override
        public boolean mayReveal() {
            return true;
        }
    };

    private final PatientListViewModel vm = new PatientListViewModel(source, RuleBook.defaults(), "210727",
            Kits.direct(new RecordingErrors()));

    @Test
    void theFiltersBecomeTheQueryAndPagesAreFifty() {
        vm.load();
        assertThat(vm.townships()).extracting(Division::name).contains("七里河镇");
        assertThat(vm.items()).hasSize(50);
        assertThat(vm.pageText().get()).isEqualTo("共 70 条，第 1/2 页");
        vm.nextPage();
        assertThat(vm.items()).hasSize(20);
        assertThat(queries.get(queries.size() - 1).offset()).isEqualTo(50);

        vm.idNumber().set(" 210727 1987 ");
        vm.township().set(vm.townships().stream().filter(d -> d.name().equals("七里河镇")).findFirst().orElseThrow());
        vm.poverty().set(PovertyStatus.MINIMUM_LIVING);
        vm.search();
        assertThat(queries.get(queries.size() - 1)).isEqualTo(
                new PatientQuery(null, "2107271987", "210727102", PovertyStatus.MINIMUM_LIVING, 0, 50));

        vm.name().set("李");
        vm.search();
        assertThat(vm.items()).isEmpty();
        assertThat(vm.message().get()).isEqualTo("没有符合条件的患者");
        vm.clearFilters();
        assertThat(queries.get(queries.size() - 1)).isEqualTo(new PatientQuery(null, null, null, null, 0, 50));
    }

    @Test
    void revealingSaysWhoseNumberItIsAndOpeningHandsTheRecordOn() {
        vm.search();
        vm.reveal(vm.items().get(0));
        assertThat(vm.message().get()).isEqualTo("患者 张* 的完整身份证号：210727201001011230（已记录查看）");
        List<PatientRecord> shown = new ArrayList<>();
        vm.open(vm.items().get(1), shown::add);
        assertThat(opened).containsExactly(vm.items().get(1).patientId());
        assertThat(shown).singleElement().extracting(PatientRecord::maskedName).isEqualTo("张*");
    }
}
