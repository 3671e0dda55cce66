package cn.screening.workstation.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.CaseQuery;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.service.CaseDetails;
import cn.screening.workstation.service.CaseListItem;
import cn.screening.workstation.service.CaseSource;
import cn.screening.workstation.service.Page;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Paging and filters of the case list, against a list of 120 cases in memory. */
class CaseListViewModelTest {

    private final List<CaseListItem> all = IntStream.range(0, 120).mapToObj(i -> new CaseListItem(UUID.randomUUID(),
            "C-" + i, UUID.randomUUID(), "张*", "210727********123" + (i % 10), Sex.MALE, null, "HEMOPHILIA", "血友病",
            CaseStatus.SUSPECTED, null, "210727102", "七里河镇", Instant.EPOCH)).toList();
    private final List<CaseQuery> queries = new ArrayList<>();
    private final RecordingErrors errors = new RecordingErrors();

    private final CaseSource source = new CaseSource() {
        @Override
        public Page<CaseListItem> search(CaseQuery q) {
            queries.add(q);
            int to = Math.min(all.size(), q.offset() + q.limit());
            return new Page<>(all.subList(Math.min(q.offset(), to), to), all.size(), q.offset(), q.limit());
        }

        @Override
        public CaseDetails open(UUID caseId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String revealIdNumber(UUID caseId) {
            return "210727201001011237";
        }

        @Override
        public boolean mayReveal() {
            return true;
        }
    };

    private final CaseListViewModel vm = new CaseListViewModel(source, RuleBook.defaults(), "210727", Kits.direct(errors));

    @Test
    void pagesOfFiftyWithTheTotal() {
        vm.search();
        assertThat(vm.items()).hasSize(50);
        assertThat(vm.pageText().get()).isEqualTo("共 120 条，第 1/3 页");
        assertThat(vm.hasPrevious().get()).isFalse();
        assertThat(vm.hasNext().get()).isTrue();

        vm.nextPage();
        vm.nextPage();
        assertThat(vm.items()).hasSize(20);
        assertThat(vm.items().get(0).caseNo()).isEqualTo("C-100");
        assertThat(vm.pageText().get()).isEqualTo("共 120 条，第 3/3 页");
        assertThat(vm.hasNext().get()).isFalse();

        vm.nextPage();
        assertThat(vm.offset()).isEqualTo(100);

        vm.previousPage();
        assertThat(vm.items().get(0).caseNo()).isEqualTo("C-50");
        assertThat(vm.hasPrevious().get()).isTrue();
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void filtersGoIntoTheQueryAndAFreshSearchStartsAtTheFirstPage() {
        vm.search();
        vm.nextPage();
        vm.name().set(" 张 ");
        vm.idNumber().set("２１０７２７ 2010");
        vm.status().set(CaseStatus.SUSPECTED);
        vm.search();
        CaseQuery q = queries.get(queries.size() - 1);
        assertThat(q.offset()).isZero();
        assertThat(q.limit()).isEqualTo(CaseListViewModel.PAGE_SIZE);
        assertThat(q.namePrefix()).isEqualTo("张");
        assertThat(q.idNumber()).isEqualTo("2107272010");
        assertThat(q.status()).isEqualTo(CaseStatus.SUSPECTED);
        assertThat(q.diseaseCode()).isNull();
    }

    @Test
    void anEmptyResultSaysSo() {
        CaseListViewModel empty = new CaseListViewModel(new CaseSource() {
            @Override
            public Page<CaseListItem> search(CaseQuery q) {
                return new Page<>(List.of(), 0, 0, q.limit());
            }

            @Override
            public CaseDetails open(UUID caseId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String revealIdNumber(UUID caseId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean mayReveal() {
                return false;
            }
        }, RuleBook.defaults(), "210727", Kits.direct(errors));
        empty.search();
        assertThat(empty.pageText().get()).isEqualTo("共 0 条，第 1/1 页");
        assertThat(empty.message().get()).isEqualTo("没有符合条件的病例");
    }

    @Test
    void aRevealShowsTheFullNumberOfTheChosenCase() {
        vm.search();
        vm.reveal(vm.items().get(0));
        assertThat(vm.message().get()).isEqualTo("病例 C-0 的完整身份证号：210727201001011237（已记录查看）");
    }
}
