package cn.screening.workstation.ui.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.service.Quarantine.QuarantinedChange;
import cn.screening.workstation.service.Quarantine.UnstoredRecord;
import cn.screening.workstation.service.QuarantinePort;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Refused records with the server's reasons; 重新提交 re-queues, 打开 goes to the patient's cases. */
class QuarantineViewModelTest {

    static final UUID CASE = UUID.fromString("0a1b2c3d-8d1e-4c1b-9f53-2a6f0d1c9e11");
    final List<QuarantinedChange> refused = new ArrayList<>();
    final List<UnstoredRecord> unstored = new ArrayList<>();
    final List<Long> requeued = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    int changed;

    final QuarantineViewModel vm = new QuarantineViewModel(new QuarantinePort() {
        @Override
        public List<QuarantinedChange> list() {
            return List.copyOf(refused);
        }

        @Override
        public List<UnstoredRecord> unstored() {
            return List.copyOf(unstored);
        }

        @Override
        public void requeue(List<Long> seqs) {
            requeued.addAll(seqs);
            refused.removeIf(c -> seqs.contains(c.seq()));
        }

        @Override
        public Optional<String> idNumberOf(String entityType, UUID entityId) {
            return "case".equals(entityType) ? Optional.of("210727201001011237") : Optional.empty();
        }
    }, Kits.kit(Tasks.direct(new RecordingErrors()), Clock.system(ZoneId.of("Asia/Shanghai")),
            Kits.navigator(() -> changed++, s -> { }, opened::add)));

    QuarantinedChange refusedCase(long seq, String type) {
        return new QuarantinedChange(seq, type, CASE, List.of(new Reason("invalid", "diseaseCode", "病种代码不在目录中")),
                Instant.parse("2026-03-01T02:00:00Z"), "doctor1");
    }

    @Test
    void listsTheRecordWithTheServersReason() {
        refused.add(refusedCase(5, "case"));
        vm.load();
        QuarantineRow row = vm.rows().get(0);
        assertThat(row.record()).isEqualTo("病例 0a1b2c3d");
        assertThat(row.reasons()).isEqualTo("病种代码不在目录中（diseaseCode）");
        assertThat(row.changed()).isEqualTo("doctor1，2026-03-01 10:00");
    }

    @Test
    void aPulledRecordNotStoredHereIsListedWithWhyAndIsNotSentAgain() {
        refused.add(refusedCase(5, "case"));
        UUID patient = UUID.fromString("7e1b2c3d-8d1e-4c1b-9f53-2a6f0d1c9e11");
        unstored.add(new UnstoredRecord("patient", patient, "sync.unstored.duplicateIdentity", Instant.parse("2026-03-01T02:00:00Z"),
                "210727101-T"));
        vm.load();
        assertThat(vm.rows()).hasSize(2);
        QuarantineRow row = vm.rows().get(1);
        assertThat(row.pulled()).isTrue();
        assertThat(row.record()).isEqualTo("患者 7e1b2c3d");
        assertThat(row.reasons()).startsWith("本机已有另一位患者使用相同的证件号码");
        assertThat(row.changed()).isEqualTo("省级服务器下发（2026-03-01 10:00），未能保存到本机");

        vm.selected().set(row);
        vm.requeue();
        assertThat(requeued).isEmpty();
        assertThat(vm.message().get()).startsWith("这条记录来自省级服务器，无需重新提交");
    }

    @Test
    void requeueSendsItAgainAndRefreshes() {
        refused.add(refusedCase(5, "case"));
        vm.load();
        vm.selected().set(vm.rows().get(0));
        vm.requeue();
        assertThat(requeued).containsExactly(5L);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.message().get()).isEqualTo("已重新提交：病例 0a1b2c3d");
        assertThat(changed).isEqualTo(1);
    }

    @Test
    void severalPickedRecordsAreSentAgainTogetherAndPulledOnesLeftOut() {
        refused.add(refusedCase(5, "case"));
        refused.add(refusedCase(6, "patient"));
        refused.add(refusedCase(7, "patient"));
        unstored.add(new UnstoredRecord("patient", CASE, "sync.unstored.duplicateIdentity", Instant.parse("2026-03-01T02:00:00Z"), "210727-C"));
        vm.load();
        vm.requeue(List.copyOf(vm.rows()));
        assertThat(requeued).containsExactly(5L, 6L, 7L);
        assertThat(vm.message().get()).isEqualTo("已重新提交 3 条记录");
        assertThat(vm.rows()).hasSize(1).allMatch(QuarantineRow::pulled);
        assertThat(changed).isEqualTo(1);
    }

    @Test
    void openGoesToTheCaseListOfThePatient() {
        refused.add(refusedCase(5, "case"));
        refused.add(refusedCase(6, "shipment"));
        vm.load();
        vm.selected().set(vm.rows().get(0));
        vm.open();
        assertThat(opened).containsExactly("210727201001011237");
        vm.selected().set(vm.rows().get(1));
        vm.open();
        assertThat(opened).hasSize(1);
        assertThat(vm.message().get()).startsWith("这条记录没有可以打开修改的界面");
    }
}
