package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which tubes may go into a box, and when a box may leave (DOMAIN §2, rules 23 and 26). */
public final class ShipmentRules {

    public static final String TUBE = "shipment.tube";
    public static final String BOX = "shipment.box";
    public static final String DESTINATION = "shipment.destination";
    public static final String CONDITION = "shipment.condition";
    public static final String DRY_ICE = "shipment.dryIceKg";
    public static final String LOGGER = "shipment.loggerId";
    public static final String COURIER = "shipment.courier";
    public static final String TRACKING = "shipment.trackingNo";
    public static final String PACKING_TEMP = "shipment.packingTempC";
    public static final String DISPATCHED_AT = "shipment.dispatchedAt";

    private final SampleRules samples;

    public ShipmentRules(SampleRules samples) {
        this.samples = samples;
    }

    /**
     * Why a tube may not go into the box, or empty when it may.
     *
     * @param otherOpenBox the number of another open box already holding the tube, if any
     */
    public Optional<Violation> refuseTube(Shipment box, Sample tube, Optional<String> otherOpenBox, Instant now) {
        if (box.status() != ShipmentStatus.OPEN) {
            return Optional.of(Violation.error(BOX, "specimen.box.closed", box.boxNo()));
        }
        if (box.contains(tube.id())) {
            return Optional.of(Violation.error(TUBE, "specimen.box.twice", tube.sampleNo()));
        }
        if (otherOpenBox.isPresent()) {
            return Optional.of(Violation.error(TUBE, "specimen.box.other", tube.sampleNo(), otherOpenBox.get()));
        }
        if (tube.status() == SampleStatus.DISPATCHED) {
            return Optional.of(Violation.error(TUBE, "specimen.box.sent", tube.sampleNo()));
        }
        List<Violation> errors = samples.validate(tube, now).errors();
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(0));
    }

    /** Whether the box may leave now with these tubes and these details. */
    public ValidationResult validateDispatch(Shipment box, List<Sample> tubes, DispatchDetails d, Instant now) {
        List<Violation> out = new ArrayList<>();
        if (box.status() != ShipmentStatus.OPEN) {
            out.add(Violation.error(BOX, "specimen.box.closed", box.boxNo()));
        }
        if (tubes.isEmpty()) {
            out.add(Violation.error(BOX, "specimen.box.empty"));
        }
        if (box.destination() == null || box.destination().isBlank()) {
            out.add(Violation.error(DESTINATION, "common.required"));
        }
        out.addAll(missingDetails(d, tubes.stream().anyMatch(Sample::frozen)));
        if (d.condition() == ShipmentCondition.DRY_ICE && (d.dryIceKg() == null || d.dryIceKg().signum() <= 0)) {
            out.add(Violation.error(DRY_ICE, "specimen.dry_ice.required"));
        }
        if (d.condition() != null && d.condition() != ShipmentCondition.DRY_ICE && tubes.stream().anyMatch(Sample::frozen)) {
            out.add(Violation.error(CONDITION, "specimen.condition.frozen"));
        }
        if (d.condition() != null && d.condition() != ShipmentCondition.ROOM_TEMPERATURE && tubes.stream().anyMatch(t -> !t.frozen())) {
            out.add(Violation.error(CONDITION, "specimen.condition.whole_blood"));
        }
        Instant at = d.dispatchedAt();
        if (at == null) {
            out.add(Violation.error(DISPATCHED_AT, "common.required"));
        } else if (at.isAfter(now) || (box.packedAt() != null && at.isBefore(box.packedAt()))
                || tubes.stream().anyMatch(t -> !at.isAfter(lastTime(t)))) {
            out.add(Violation.error(DISPATCHED_AT, "specimen.order"));
        }
        for (Sample t : tubes) {
            samples.validate(t, at == null || at.isAfter(now) ? now : at).errors().stream().findFirst()
                    .ifPresent(v -> out.add(Violation.error(TUBE, "specimen.box.tube_fails", t.sampleNo())));
        }
        return new ValidationResult(out);
    }

    /**
     * The details a box cannot leave without: condition, courier and waybill always; a frozen box
     * (frozen tubes or dry ice) also its temperature logger and packing temperature, to prove the cold chain.
     */
    public static List<Violation> missingDetails(DispatchDetails d, boolean frozenTubes) {
        List<Violation> out = new ArrayList<>();
        if (d.condition() == null) {
            out.add(Violation.error(CONDITION, "common.required"));
        }
        if (blank(d.courier())) {
            out.add(Violation.error(COURIER, "common.required"));
        }
        if (blank(d.trackingNo())) {
            out.add(Violation.error(TRACKING, "common.required"));
        }
        if (frozenTubes || d.condition() == ShipmentCondition.DRY_ICE) {
            if (blank(d.loggerId())) {
                out.add(Violation.error(LOGGER, "specimen.logger.required"));
            }
            if (d.packingTempC() == null) {
                out.add(Violation.error(PACKING_TEMP, "specimen.packing_temp.required"));
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Instant lastTime(Sample t) {
        Instant last = t.drawnAt();
        for (Instant i : new Instant[] {t.spunAt(), t.frozenAt()}) {
            if (i != null && i.isAfter(last)) {
                last = i;
            }
        }
        return last;
    }
}
