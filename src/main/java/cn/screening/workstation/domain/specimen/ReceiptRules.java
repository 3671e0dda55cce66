package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Receiving a box at the designated hospital: one receipt per box, each tube once, a reason for each rejection. */
public final class ReceiptRules {

    public static final String BOX = "receipt.box";
    public static final String ARRIVED_AT = "receipt.arrivedAt";
    public static final String TEMPERATURE = "receipt.temperature";
    public static final String TUBE = "receipt.tube";
    public static final String REASON = "receipt.reason";

    private static final BigDecimal COLDEST = new BigDecimal("-100");
    private static final BigDecimal WARMEST = new BigDecimal("60");

    private ReceiptRules() {
    }

    /** Whether the box may be received now; a box that has a receipt is refused. */
    public static ValidationResult checkArrival(Shipment box, boolean alreadyReceived, Instant arrivedAt, BigDecimal arrivalTempC,
                                                Instant now) {
        List<Violation> out = new ArrayList<>();
        if (alreadyReceived) {
            out.add(Violation.error(BOX, "specimen.receipt.twice", box.boxNo()));
        }
        if (box.status() != ShipmentStatus.DISPATCHED) {
            out.add(Violation.error(BOX, "specimen.receipt.not_sent", box.boxNo()));
        }
        if (arrivedAt == null) {
            out.add(Violation.error(ARRIVED_AT, "common.required"));
        } else if (arrivedAt.isAfter(now) || (box.dispatchedAt() != null && !arrivedAt.isAfter(box.dispatchedAt()))) {
            out.add(Violation.error(ARRIVED_AT, "specimen.order"));
        }
        if (arrivalTempC != null && (arrivalTempC.compareTo(COLDEST) < 0 || arrivalTempC.compareTo(WARMEST) > 0)) {
            out.add(Violation.error(TEMPERATURE, "specimen.temperature.range"));
        }
        return new ValidationResult(out);
    }

    /** What a scanned number is at this box. */
    public static ScanResult classify(String sampleNo, Shipment box, List<TubeVerdict> scanned, Optional<String> listedInBox) {
        if (scanned.stream().anyMatch(t -> t.sampleNo().equals(sampleNo))) {
            return new ScanResult.AlreadyScanned(sampleNo);
        }
        Optional<ShipmentItem> item = box.items().stream().filter(i -> i.sampleNo().equals(sampleNo)).findFirst();
        if (item.isPresent()) {
            return new ScanResult.Expected(item.get());
        }
        return listedInBox.<ScanResult>map(b -> new ScanResult.OtherBox(sampleNo, b))
                .orElseGet(() -> new ScanResult.Unknown(sampleNo));
    }

    /** The refusal a scan that is not an expected tube gets. */
    public static Optional<Violation> refusal(ScanResult r) {
        if (r instanceof ScanResult.AlreadyScanned a) {
            return Optional.of(Violation.error(TUBE, "specimen.scan.twice", a.sampleNo()));
        }
        if (r instanceof ScanResult.OtherBox o) {
            return Optional.of(Violation.error(TUBE, "specimen.scan.other_box", o.sampleNo(), o.boxNo()));
        }
        if (r instanceof ScanResult.Unknown u) {
            return Optional.of(Violation.error(TUBE, "specimen.scan.unknown", u.sampleNo()));
        }
        return Optional.empty();
    }

    /** A rejection needs its reason (rule 25); an acceptance carries none. */
    public static ValidationResult checkVerdict(TubeDecision decision, RejectionReason reason) {
        if (decision == null) {
            return new ValidationResult(List.of(Violation.error(TUBE, "common.required")));
        }
        if (decision == TubeDecision.REJECTED && reason == null) {
            return new ValidationResult(List.of(Violation.error(REASON, "specimen.reject.reason")));
        }
        return ValidationResult.OK;
    }
}
