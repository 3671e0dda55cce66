package cn.screening.workstation.domain.specimen;

import java.math.BigDecimal;

/**
 * A factor activity in percent of normal; below the assay's floor it is kept as "&lt;1" (rule 11).
 *
 * @param percent the measured value; null when {@code belowOne}
 */
public record FactorActivity(BigDecimal percent, boolean belowOne) {

    public static final String BELOW_ONE = "<1";

    public static FactorActivity of(String percent) {
        return new FactorActivity(new BigDecimal(percent), false);
    }

    public static FactorActivity lessThanOne() {
        return new FactorActivity(null, true);
    }

    /** The value for comparisons: "&lt;1" counts as just below 1. */
    public BigDecimal comparable() {
        return belowOne ? new BigDecimal("0.5") : percent;
    }

    /** As stored and printed: "&lt;1" or the number. */
    public String text() {
        return belowOne ? BELOW_ONE : percent.stripTrailingZeros().toPlainString();
    }
}
