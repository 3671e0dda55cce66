package cn.screening.workstation.domain.screening;

import java.math.BigDecimal;

/**
 * The mixing test as entered: the outcome the user chose, and optionally the mix's APTT and the
 * normal pooled plasma's APTT in seconds, from which the outcome can be derived.
 */
public record MixingTest(MixingOutcome outcome, BigDecimal mixApttSeconds, BigDecimal normalPoolApttSeconds) {

    public static final MixingTest NOT_DONE = new MixingTest(MixingOutcome.NOT_DONE, null, null);
}
