package cn.screening.workstation.ui.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleStatus;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.domain.specimen.ShipmentItem;
import cn.screening.workstation.domain.specimen.ShipmentRules;
import cn.screening.workstation.domain.specimen.ShipmentStatus;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.specimen.BoxContents;
import cn.screening.workstation.service.specimen.BoxScan;
import cn.screening.workstation.service.specimen.Destination;
import cn.screening.workstation.service.specimen.PackingDesk;
import cn.screening.workstation.service.specimen.ShipmentPort;
import cn.screening.workstation.service.specimen.SpecimenRefused;
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

/** Each scan is answered at once (a refusal with its reason), and a refused dispatch marks its fields. */
class ShipmentsViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Destination HOSPITAL = new Destination("210000-D", "省血友病诊疗中心");

    final List<Sample> inBox = new ArrayList<>();
    final List<DispatchDetails> sent = new ArrayList<>();
    Shipment box = new Shipment(UUID.randomUUID(), "210727-C-B0001", "210727-C", HOSPITAL.siteCode(), null, null,
            CLOCK.instant(), "李医生", null, null, null, null, null, null, List.of(), ShipmentStatus.OPEN, null);

    final ShipmentsViewModel vm = new ShipmentsViewModel(new ShipmentPort() {
        @Override
        public List<Shipment> boxes() {
            return List.of(box);
        }

        @Override
        public List<Destination> destinations() {
            return List.of(HOSPITAL);
        }

        @Override
        public PackingDesk startBox(String destination) {
            return new PackingDesk(contents(), List.of(box));
        }

        @Override
        public BoxContents open(UUID boxId) {
            opened++;
            return contents();
        }

        @Override
        public BoxScan addTube(UUID boxId, String sampleNo) {
            if (sampleNo.endsWith("9")) {
                return new BoxScan.Refused(Violation.error(ShipmentRules.TUBE, "specimen.box.other", sampleNo, "210727-C-B0002"));
            }
            Sample tube = tube(sampleNo);
            inBox.add(tube);
            return new BoxScan.Packed(tube, contents());
        }

        @Override
        public BoxContents removeTube(UUID boxId, UUID sampleId) {
            inBox.removeIf(s -> s.id().equals(sampleId));
            return contents();
        }

        @Override
        public PackingDesk dispatch(UUID boxId, DispatchDetails details) {
            if (details.condition() == ShipmentCondition.DRY_ICE && details.loggerId() == null) {
                throw new SpecimenRefused(Violation.error(ShipmentRules.LOGGER, "specimen.logger.required"));
            }
            sent.add(details);
            box = new Shipment(box.id(), box.boxNo(), box.fromSite(), box.destination(), details.courier(), details.trackingNo(),
                    box.packedAt(), box.packedBy(), details.dispatchedAt(), "李医生", details.condition(), details.dryIceKg(),
                    details.loggerId(), details.packingTempC(), inBox.stream().map(s -> new ShipmentItem(s.id(), s.sampleNo())).toList(),
                    ShipmentStatus.DISPATCHED, null);
            return new PackingDesk(contents(), List.of(box));
        }
    }, Kits.noPrinter(file -> { }), Kits.kit(Tasks.direct(new RecordingErrors()), CLOCK, Kits.nowhere()));

    /** Boxes the page read on its own (each a read transaction). */
    int opened;

    BoxContents contents() {
        return new BoxContents(box, List.copyOf(inBox));
    }

    static Sample tube(String no) {
        return new Sample(UUID.randomUUID(), no, UUID.randomUUID(), "210727-2026-00001", "李**", "1", "210727-C",
                TubeType.CITRATE_3_2, 95, Instant.parse("2026-11-26T01:00:00Z"), "李医生", null, null, List.of(), null,
                SampleStatus.DRAWN, null, null, null);
    }

    @Test
    void eachScanIsAnsweredAndARefusalSaysWhy() {
        vm.load();
        vm.newBox();
        assertThat(vm.current().get().box().boxNo()).isEqualTo("210727-C-B0001");
        vm.scan("210727-C-000001");
        assertThat(vm.scans().message().get()).isEqualTo("已装入 210727-C-000001，本箱共 1 管");
        assertThat(vm.scans().refused().get()).isFalse();
        vm.scan("210727-C-000009");
        assertThat(vm.scans().refused().get()).isTrue();
        assertThat(vm.scans().message().get())
                .isEqualTo("210727-C-000009：标本 210727-C-000009 已在另一个未发出的标本箱 210727-C-B0002 中");
        assertThat(vm.tubes()).extracting(Sample::sampleNo).containsExactly("210727-C-000001");
    }

    @Test
    void scansRemovalsAndTheDispatchAreShownFromTheirAnswersWithoutReadingAgain() {
        vm.load();
        vm.newBox();
        vm.scan("210727-C-000001");
        vm.scan("210727-C-000002");
        vm.scan("210727-C-000009");
        vm.remove(vm.tubes().get(0));
        assertThat(vm.tubes()).extracting(Sample::sampleNo).containsExactly("210727-C-000002");
        vm.form().courier().set("顺丰速运");
        vm.form().trackingNo().set("SF1234567890");
        vm.dispatch(q -> true);

        assertThat(vm.open().get()).isFalse();
        assertThat(opened).as("no command is followed by a read of the box").isZero();
    }

    @Test
    void aFrozenBoxNeedsCourierWaybillLoggerAndTemperatureThenAYes() {
        vm.load();
        vm.newBox();
        vm.scan("210727-C-000001");
        vm.form().condition().set(ShipmentCondition.DRY_ICE);
        vm.form().dryIceKg().set("2.5");
        List<String> asked = new ArrayList<>();
        vm.dispatch(q -> asked.add(q));
        assertThat(sent).isEmpty();
        assertThat(asked).isEmpty();
        assertThat(vm.page().problems().of(ShipmentRules.COURIER).get().text()).isEqualTo("此项为必填项");
        assertThat(vm.page().problems().of(ShipmentRules.TRACKING).get().text()).isEqualTo("此项为必填项");
        assertThat(vm.page().problems().of(ShipmentRules.LOGGER).get().text()).isEqualTo("冷冻运输须填写温度记录仪编号");
        assertThat(vm.page().problems().of(ShipmentRules.PACKING_TEMP).get().text()).isEqualTo("冷冻运输须填写装箱温度");
        assertThat(vm.page().message().get()).isEqualTo("未发出：快递公司：此项为必填项、运单号：此项为必填项、温度记录仪编号：冷冻运输须填写温度记录仪编号、"
                + "装箱温度：冷冻运输须填写装箱温度");

        vm.form().courier().set("顺丰速运");
        vm.form().trackingNo().set("SF1234567890");
        vm.form().loggerId().set("TL-0042");
        vm.form().packingTempC().set("-60");
        vm.dispatch(q -> asked.add(q) && false);
        assertThat(asked).containsExactly("确定将标本箱 210727-C-B0001（1 管）发往 省血友病诊疗中心？");
        assertThat(sent).isEmpty();
        assertThat(vm.page().message().get()).isEqualTo("未发出。");
        assertThat(vm.open().get()).isTrue();

        vm.dispatch(q -> true);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).dryIceKg()).isEqualByComparingTo("2.5");
        assertThat(sent.get(0).dispatchedAt()).isEqualTo(Instant.parse("2026-11-26T02:00:00Z"));
        assertThat(vm.open().get()).isFalse();
        assertThat(vm.page().message().get()).isEqualTo("标本箱 210727-C-B0001 已发出，共 1 管。");
    }

    @Test
    void aNumberThatIsNoNumberStaysInTheForm() {
        vm.load();
        vm.newBox();
        vm.scan("210727-C-000001");
        vm.form().packingTempC().set("二十");
        vm.dispatch(q -> true);
        assertThat(sent).isEmpty();
        assertThat(vm.page().problems().of(DispatchForm.PACKING_TEMP).get().text()).isEqualTo("请输入数字");
        assertThat(vm.page().message().get()).isEqualTo("未发出：装箱温度：请输入数字");
    }
}
