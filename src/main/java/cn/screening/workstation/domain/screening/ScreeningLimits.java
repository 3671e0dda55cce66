package cn.screening.workstation.domain.screening;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * When a 1:1 mixing test counts as "does not correct" (DOMAIN §1, [S3]): the mix's APTT is more
 * than {@code maxSecondsAbovePool} above the normal pooled plasma's, or longer by more than
 * {@code maxProlongationPercent} percent. Labs differ, so both are settings.
 */
public record ScreeningLimits(BigDecimal maxSecondsAbovePool, BigDecimal maxProlongationPercent) {

    public static final ScreeningLimits DEFAULT = new ScreeningLimits(new BigDecimal("5"), new BigDecimal("15"));

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public ScreeningLimits {
        if (maxSecondsAbovePool.signum() < 0 || maxProlongationPercent.signum() < 0) {
            throw new IllegalArgumentException("mixing limits must not be negative");
        }
    }

    /** The outcome the two APTTs (seconds) show; exactly on a limit still corrects. */
    public MixingOutcome interpret(BigDecimal mixSeconds, BigDecimal poolSeconds) {
        BigDecimal above = mixSeconds.subtract(poolSeconds);
        boolean tooManySeconds = above.compareTo(maxSecondsAbovePool) > 0;
        boolean tooManyPercent = poolSeconds.signum() > 0
                && above.multiply(HUNDRED).divide(poolSeconds, MathContext.DECIMAL64).compareTo(maxProlongationPercent) > 0;
        return tooManySeconds || tooManyPercent ? MixingOutcome.DOES_NOT_CORRECT : MixingOutcome.CORRECTS;
    }
}
