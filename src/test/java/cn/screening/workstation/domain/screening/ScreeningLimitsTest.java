package cn.screening.workstation.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScreeningLimitsTest {

    private final ScreeningLimits limits = ScreeningLimits.DEFAULT;

    @Test
    void exactlyFiveSecondsAboveThePoolStillCorrects() {
        // pool 40 s: 5 s is 12.5 %, so only the seconds limit is in play
        assertThat(limits.interpret(s("45"), s("40"))).isEqualTo(MixingOutcome.CORRECTS);
        assertThat(limits.interpret(s("45.1"), s("40"))).isEqualTo(MixingOutcome.DOES_NOT_CORRECT);
    }

    @Test
    void exactlyFifteenPercentProlongationStillCorrects() {
        // pool 20 s: 15 % is 3 s, so only the percentage limit is in play
        assertThat(limits.interpret(s("23"), s("20"))).isEqualTo(MixingOutcome.CORRECTS);
        assertThat(limits.interpret(s("23.1"), s("20"))).isEqualTo(MixingOutcome.DOES_NOT_CORRECT);
    }

    @Test
    void aMixShorterThanThePoolCorrects() {
        assertThat(limits.interpret(s("30"), s("32"))).isEqualTo(MixingOutcome.CORRECTS);
    }

    @Test
    void theLimitsAreSettings() {
        ScreeningLimits lenient = new ScreeningLimits(s("8"), s("25"));

        assertThat(lenient.interpret(s("47"), s("40"))).isEqualTo(MixingOutcome.CORRECTS);
        assertThat(lenient.interpret(s("48.5"), s("40"))).isEqualTo(MixingOutcome.DOES_NOT_CORRECT);
        assertThatThrownBy(() -> new ScreeningLimits(s("-1"), s("15"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static BigDecimal s(String seconds) {
        return new BigDecimal(seconds);
    }
}
