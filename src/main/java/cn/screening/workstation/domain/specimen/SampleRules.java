package cn.screening.workstation.domain.specimen;

import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Whether a tube is fit for factor assays (DOMAIN §2, rules 19–23), under the limits in force. */
public final class SampleRules {

    public static final String TUBE = "sample.tube";
    public static final String FILL = "sample.fill";
    public static final String DRAWN_AT = "sample.drawnAt";
    public static final String DRAWN_BY = "sample.drawnBy";
    public static final String SPUN_AT = "sample.spunAt";
    public static final String FROZEN_AT = "sample.frozenAt";
    public static final String STORAGE = "sample.storage";
    public static final String ALIQUOTS = "sample.aliquots";

    private final SampleLimits limits;

    public SampleRules(SampleLimits limits) {
        this.limits = limits;
    }

    public SampleLimits limits() {
        return limits;
    }

    /** Every rule the tube breaks at {@code now}; an error means it may neither be saved nor packed. */
    public ValidationResult validate(Sample s, Instant now) {
        List<Violation> out = new ArrayList<>();
        if (s.tubeType() != TubeType.CITRATE_3_2) {
            out.add(Violation.error(TUBE, "specimen.tube.citrate"));
        }
        if (s.fillPercent() < 0 || s.fillPercent() > 100) {
            out.add(Violation.error(FILL, "specimen.fill.range"));
        } else if (s.fillPercent() < limits.minFillPercent()) {
            out.add(Violation.error(FILL, "specimen.fill.low", limits.minFillPercent()));
        }
        if (s.drawnBy() == null || s.drawnBy().isBlank()) {
            out.add(Violation.error(DRAWN_BY, "common.required"));
        }
        if (s.drawnAt() == null) {
            out.add(Violation.error(DRAWN_AT, "common.required"));
            return new ValidationResult(out);
        }
        if (!inOrder(s, now)) {
            out.add(Violation.error(orderField(s, now), "specimen.order"));
        } else if (spinLate(s, now)) {
            out.add(Violation.error(SPUN_AT, "specimen.spin.late", limits.drawToSpinHours()));
        }
        checkStorage(s, now, out);
        for (Aliquot a : s.aliquots()) {
            if (a.volumeMl() == null || a.volumeMl().signum() <= 0) {
                out.add(Violation.error(ALIQUOTS, "specimen.aliquot.volume"));
                break;
            }
        }
        return new ValidationResult(out);
    }

    /** draw &lt; spin &lt; freeze, none of them in the future (rule 23). */
    private static boolean inOrder(Sample s, Instant now) {
        return orderField(s, now) == null;
    }

    private static String orderField(Sample s, Instant now) {
        if (s.drawnAt().isAfter(now)) {
            return DRAWN_AT;
        }
        if (s.spunAt() != null && (!s.spunAt().isAfter(s.drawnAt()) || s.spunAt().isAfter(now))) {
            return SPUN_AT;
        }
        if (s.frozenAt() != null && (s.spunAt() == null || !s.frozenAt().isAfter(s.spunAt()) || s.frozenAt().isAfter(now))) {
            return FROZEN_AT;
        }
        return null;
    }

    /** Spun after the limit, or still unspun whole blood past it (rule 21). */
    private boolean spinLate(Sample s, Instant now) {
        Instant spun = s.spunAt() != null ? s.spunAt() : now;
        return Duration.between(s.drawnAt(), spun).compareTo(limits.drawToSpin()) > 0;
    }

    private void checkStorage(Sample s, Instant now, List<Violation> out) {
        if (s.frozenAt() == null) {
            return;
        }
        Integer t = s.storageTempC();
        if (t == null || t > -20) {
            out.add(Violation.error(STORAGE, "specimen.storage.temperature"));
            return;
        }
        int maxDays = t <= -70 ? limits.minus70MaxDays() : limits.minus20MaxDays();
        if (Duration.between(s.frozenAt(), now).compareTo(Duration.ofDays(maxDays)) > 0) {
            out.add(Violation.error(STORAGE, "specimen.storage.expired", maxDays));
        }
    }

    /**
     * How long an unspun, unfrozen tube has left before the draw-to-spin limit, when that is within
     * the warning window; empty for tubes already spun, already late, or with time to spare.
     */
    public Optional<Duration> nearingSpinLimit(Sample s, Instant now) {
        if (s.spunAt() != null || s.frozenAt() != null || s.drawnAt() == null) {
            return Optional.empty();
        }
        Duration left = limits.drawToSpin().minus(Duration.between(s.drawnAt(), now));
        return !left.isNegative() && left.compareTo(limits.nearingWarning()) <= 0 ? Optional.of(left) : Optional.empty();
    }
}
