package cn.screening.workstation.domain.specimen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.validation.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which tubes go into a box, when it may leave (rules 23, 26), and how its arrival is checked (rule 25). */
class ShipmentAndReceiptRulesTest {

    private static final Instant NOW = SampleRulesTest.NOW;
    private final ShipmentRules rules = new ShipmentRules(new SampleRules(SampleLimits.DEFAULT));

    private static Shipment box(ShipmentStatus status, List<ShipmentItem> items) {
        return new Shipment(UUID.randomUUID(), "210727-C-B00001", "210727-C", "210700-H", null, null, NOW.minus(Duration.ofHours(1)),
                "doctor", status == ShipmentStatus.DISPATCHED ? NOW.minus(Duration.ofMinutes(30)) : null, null, null, null, null, null,
                items, status, null);
    }

    private static Sample good() {
        Instant d = NOW.minus(Duration.ofHours(3));
        return SampleRulesTest.tube(TubeType.CITRATE_3_2, 95, d, d.plus(Duration.ofHours(1)), null, null);
    }

    @Test
    void aTubeInAnotherOpenBoxOrFailingARuleIsRefusedWithTheReason() {
        Shipment open = box(ShipmentStatus.OPEN, List.of());
        assertThat(rules.refuseTube(open, good(), Optional.empty(), NOW)).isEmpty();
        assertThat(rules.refuseTube(open, good(), Optional.of("B2"), NOW)).map(Violation::messageKey).contains("specimen.box.other");
        Sample edta = SampleRulesTest.tube(TubeType.EDTA, 95, NOW.minus(Duration.ofHours(1)), null, null, null);
        assertThat(rules.refuseTube(open, edta, Optional.empty(), NOW)).map(Violation::messageKey).contains("specimen.tube.citrate");
        Sample g = good();
        Shipment holding = box(ShipmentStatus.OPEN, List.of(new ShipmentItem(g.id(), g.sampleNo())));
        assertThat(rules.refuseTube(holding, g, Optional.empty(), NOW)).map(Violation::messageKey).contains("specimen.box.twice");
        assertThat(rules.refuseTube(box(ShipmentStatus.DISPATCHED, List.of()), good(), Optional.empty(), NOW))
                .map(Violation::messageKey).contains("specimen.box.closed");
    }

    @Test
    void rule26_aFrozenBoxNeedsItsLogger_wholeBloodTravelsAtRoomTemperature() {
        Instant d = NOW.minus(Duration.ofHours(5));
        Sample frozen = SampleRulesTest.tube(TubeType.CITRATE_3_2, 95, d, d.plus(Duration.ofHours(1)), d.plus(Duration.ofHours(2)), -80);
        Shipment open = box(ShipmentStatus.OPEN, List.of());
        List<String> noLogger = rules.validateDispatch(open, List.of(frozen),
                new DispatchDetails("顺丰", "1", NOW, ShipmentCondition.DRY_ICE, new BigDecimal("2"), null, null), NOW)
                .errors().stream().map(Violation::messageKey).toList();
        assertThat(noLogger).containsExactly("specimen.logger.required", "specimen.packing_temp.required");
        assertThat(rules.validateDispatch(open, List.of(frozen),
                new DispatchDetails("顺丰", "1", NOW, ShipmentCondition.DRY_ICE, new BigDecimal("2"), "L1", new BigDecimal("-60")), NOW)
                .errors()).isEmpty();
        assertThat(rules.validateDispatch(open, List.of(good()),
                new DispatchDetails("顺丰", "1", NOW, ShipmentCondition.COOL, null, "L1", null), NOW).errors())
                .extracting(Violation::messageKey).containsExactly("specimen.condition.whole_blood");
        assertThat(rules.validateDispatch(open, List.of(),
                new DispatchDetails("顺丰", "1", NOW, ShipmentCondition.ROOM_TEMPERATURE, null, null, null), NOW).errors())
                .extracting(Violation::messageKey).containsExactly("specimen.box.empty");
        assertThat(rules.validateDispatch(open, List.of(good()),
                new DispatchDetails("顺丰", "1", NOW.minus(Duration.ofHours(2)), ShipmentCondition.ROOM_TEMPERATURE, null, null, null), NOW)
                .errors()).extracting(Violation::messageKey).containsExactly("specimen.order");
    }

    @Test
    void aBoxLeavesOnlyWithItsCourierAndWaybill() {
        Shipment open = box(ShipmentStatus.OPEN, List.of());
        assertThat(rules.validateDispatch(open, List.of(good()),
                new DispatchDetails(" ", null, NOW, ShipmentCondition.ROOM_TEMPERATURE, null, null, null), NOW).errors())
                .extracting(Violation::field).containsExactly(ShipmentRules.COURIER, ShipmentRules.TRACKING);
    }

    @Test
    void scansAreExpectedTwiceOtherBoxOrUnknown() {
        Sample g = good();
        Shipment sent = box(ShipmentStatus.DISPATCHED, List.of(new ShipmentItem(g.id(), g.sampleNo())));
        Receipt receipt = new Receipt(Receipt.idFor(sent.id()), sent.id(), sent.boxNo(), "210700-H", "210727-C", NOW, null, "lab",
                List.of(), null, null);
        assertThat(ReceiptRules.classify(g.sampleNo(), sent, List.of(), Optional.empty())).isInstanceOf(ScanResult.Expected.class);
        List<TubeVerdict> scanned = List.of(new TubeVerdict(TubeVerdict.idFor(receipt.id(), g.id()), receipt.id(), sent.id(),
                "210700-H", "210727-C", g.id(), g.sampleNo(), TubeDecision.ACCEPTED, null, null, NOW, "lab", null));
        assertThat(ReceiptRules.refusal(ReceiptRules.classify(g.sampleNo(), sent, scanned, Optional.empty())))
                .map(Violation::messageKey).contains("specimen.scan.twice");
        assertThat(ReceiptRules.refusal(ReceiptRules.classify("X-1", sent, List.of(), Optional.of("B9"))))
                .map(Violation::messageKey).contains("specimen.scan.other_box");
        assertThat(ReceiptRules.refusal(ReceiptRules.classify("X-2", sent, List.of(), Optional.empty())))
                .map(Violation::messageKey).contains("specimen.scan.unknown");
        assertThat(Reconciliation.of(sent, receipt, List.of()).missing()).hasSize(1);
        assertThat(Reconciliation.of(sent, receipt, scanned).complete()).isTrue();
        assertThat(Reconciliation.of(sent, receipt.with(List.of("X-1"), null), scanned).complete()).isFalse();
    }

    @Test
    void arrivalTwiceBeforeDispatchOrOutOfRangeIsRefused_rule25() {
        Shipment sent = box(ShipmentStatus.DISPATCHED, List.of());
        assertThat(ReceiptRules.checkArrival(sent, false, NOW, new BigDecimal("20"), NOW).errors()).isEmpty();
        assertThat(ReceiptRules.checkArrival(sent, true, NOW, null, NOW).errors()).extracting(Violation::messageKey)
                .containsExactly("specimen.receipt.twice");
        assertThat(ReceiptRules.checkArrival(sent, false, NOW.minus(Duration.ofHours(1)), null, NOW).errors())
                .extracting(Violation::messageKey).containsExactly("specimen.order");
        assertThat(ReceiptRules.checkArrival(sent, false, NOW, new BigDecimal("99"), NOW).errors()).extracting(Violation::messageKey)
                .containsExactly("specimen.temperature.range");
        assertThat(ReceiptRules.checkVerdict(TubeDecision.REJECTED, null).errors()).extracting(Violation::messageKey)
                .containsExactly("specimen.reject.reason");
        assertThat(ReceiptRules.checkVerdict(TubeDecision.REJECTED, RejectionReason.THAWED).errors()).isEmpty();
        assertThat(Receipt.idFor(sent.id())).isEqualTo(Receipt.idFor(sent.id()));
    }
}
