package cn.screening.workstation.ui.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.specimen.Receipt;
import cn.screening.workstation.domain.specimen.ReceiptRules;
import cn.screening.workstation.domain.specimen.Reconciliation;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.domain.specimen.ShipmentItem;
import cn.screening.workstation.domain.specimen.ShipmentStatus;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.specimen.TubeVerdict;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.specimen.ArrivingBox;
import cn.screening.workstation.service.specimen.IncomingBox;
import cn.screening.workstation.service.specimen.ReceivingPort;
import cn.screening.workstation.service.specimen.TubeScan;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every receiving command answers with the box as it now stands: the page shows it and reads nothing again. */
class ReceivingViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    final ShipmentItem first = new ShipmentItem(UUID.randomUUID(), "210727-C-000001");
    final ShipmentItem second = new ShipmentItem(UUID.randomUUID(), "210727-C-000002");
    final Shipment box = new Shipment(UUID.randomUUID(), "210727-C-B00001", "210727-C", "210700-H", "顺丰", "SF1",
            CLOCK.instant().minusSeconds(7200), "李医生", CLOCK.instant().minusSeconds(3600), "李医生", ShipmentCondition.ROOM_TEMPERATURE,
            null, null, null, List.of(first, second), ShipmentStatus.DISPATCHED, null);
    final RecordingErrors errors = new RecordingErrors();
    /** What the page read: incoming lists and opened boxes, each a read transaction of its own. */
    final List<String> reads = new ArrayList<>();
    Receipt receipt;
    final List<TubeVerdict> verdicts = new ArrayList<>();

    final ReceivingViewModel vm = new ReceivingViewModel(new ReceivingPort() {
        @Override
        public List<IncomingBox> incoming() {
            reads.add("incoming");
            return List.of(new IncomingBox(box.id(), box.boxNo(), box.fromSite(), box.dispatchedAt(), box.condition(), box.courier(),
                    box.trackingNo(), 2, receipt != null));
        }

        @Override
        public ArrivingBox open(UUID shipmentId) {
            reads.add("open");
            return now();
        }

        @Override
        public ArrivingBox receive(UUID shipmentId, Instant arrivedAt, BigDecimal temperatureC) {
            receipt = new Receipt(Receipt.idFor(box.id()), box.id(), box.boxNo(), "210700-H", "210727-C", arrivedAt, temperatureC,
                    "检验", List.of(), null, null);
            return now();
        }

        @Override
        public TubeScan scan(UUID shipmentId, String sampleNo) {
            if (sampleNo.equals(first.sampleNo())) {
                TubeVerdict v = new TubeVerdict(UUID.randomUUID(), receipt.id(), box.id(), "210700-H", "210727-C", first.sampleId(),
                        first.sampleNo(), TubeDecision.ACCEPTED, null, null, CLOCK.instant(), "检验", null);
                verdicts.add(v);
                return new TubeScan.Taken(v, now());
            }
            List<String> unexpected = new ArrayList<>(receipt.unexpected());
            unexpected.add(sampleNo);
            receipt = receipt.with(unexpected, null);
            return new TubeScan.Refused(Violation.error(ReceiptRules.TUBE, "specimen.scan.other_box", sampleNo, "210727-C-B00009"),
                    now());
        }

        @Override
        public ArrivingBox judge(UUID shipmentId, UUID sampleId, TubeDecision decision, RejectionReason reason, String condition) {
            verdicts.replaceAll(v -> v.sampleId().equals(sampleId) ? v.judged(decision, reason, condition, CLOCK.instant(), "检验") : v);
            return now();
        }

        @Override
        public ArrivingBox complete(UUID shipmentId) {
            receipt = receipt.with(receipt.unexpected(), CLOCK.instant());
            return now();
        }
    }, Kits.kit(Tasks.direct(errors), CLOCK, Kits.nowhere()));

    ArrivingBox now() {
        return new ArrivingBox(box, receipt, Reconciliation.of(box, receipt, verdicts));
    }

    @Test
    void aScanShowsItsAnswerAndReadsNothingAgain() {
        vm.load();
        vm.select(vm.boxes().get(0));
        assertThat(reads).containsExactly("incoming", "open");

        vm.arrive();
        vm.scan(first.sampleNo());

        assertThat(vm.scans().message().get()).isEqualTo(first.sampleNo() + " 已到，已扫 1 / 2 管");
        assertThat(vm.tubes()).extracting(ReconciledTube::sampleNo, ReconciledTube::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.sampleNo(), TubeState.ARRIVED),
                        org.assertj.core.groups.Tuple.tuple(second.sampleNo(), TubeState.MISSING));
        assertThat(vm.counts().get()).isEqualTo("应到 2　已到 1　缺失 1　意外 0　属于其他箱 0");
        assertThat(reads).as("a scan is answered by its own transaction, never read again").containsExactly("incoming", "open");
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void aStrayIsRefusedAsAnAnswerAndShownWithItsBox() {
        vm.load();
        vm.select(vm.boxes().get(0));
        vm.arrive();

        vm.scan("210727-C-000777");

        assertThat(vm.scans().refused().get()).isTrue();
        assertThat(vm.scans().message().get()).isEqualTo("210727-C-000777：标本 210727-C-000777 属于另一标本箱 210727-C-B00009");
        assertThat(vm.tubes()).filteredOn(t -> t.state() == TubeState.OTHER_BOX).extracting(ReconciledTube::note)
                .containsExactly("属于标本箱 210727-C-B00009");
        assertThat(reads).containsExactly("incoming", "open");
        assertThat(errors.seen).isEmpty();
    }

    @Test
    void judgingAndCompletingShowTheirAnswersAndTheListFollows() {
        vm.load();
        vm.select(vm.boxes().get(0));
        vm.arrive();
        vm.scan(first.sampleNo());
        vm.reason().set(RejectionReason.HAEMOLYSED);

        vm.reject(vm.tubes().get(0));
        assertThat(vm.tubes().get(0).verdict().decision()).isEqualTo(TubeDecision.REJECTED);
        vm.complete();

        assertThat(vm.completed().get()).isTrue();
        assertThat(vm.page().message().get()).isEqualTo("标本箱 " + box.boxNo() + " 接收完成，缺失 1 管。");
        assertThat(vm.boxes()).extracting(IncomingBox::received).containsExactly(true);
        assertThat(reads).containsExactly("incoming", "open");
        assertThat(errors.seen).isEmpty();
    }
}
