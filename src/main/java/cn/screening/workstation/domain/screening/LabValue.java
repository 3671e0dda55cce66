package cn.screening.workstation.domain.screening;

import java.math.BigDecimal;

/** A county-lab result with the reference range it was read against. */
public record LabValue(BigDecimal value, BigDecimal refLow, BigDecimal refHigh) {

    public boolean hasRange() {
        return refLow != null && refHigh != null;
    }

    public boolean aboveRange() {
        return value != null && refHigh != null && value.compareTo(refHigh) > 0;
    }

    public boolean belowRange() {
        return value != null && refLow != null && value.compareTo(refLow) < 0;
    }

    public boolean withinRange() {
        return value != null && hasRange() && !aboveRange() && !belowRange();
    }
}
