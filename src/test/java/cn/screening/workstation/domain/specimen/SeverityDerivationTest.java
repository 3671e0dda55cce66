package cn.screening.workstation.domain.specimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The class of a factor level at the edges of DOMAIN §1's table, and the diagnosis the numbers suggest. */
class SeverityDerivationTest {

    private final SeverityDerivation d = new SeverityDerivation(ResultLimits.DEFAULT);

    @ParameterizedTest
    @CsvSource({"0.9, SEVERE", "1, MODERATE", "5, MODERATE", "5.1, MILD", "39.9, MILD", "40, BORDERLINE", "50, BORDERLINE",
            "50.1, NORMAL", "0, SEVERE", "150, NORMAL"})
    void classAtTheEdges(String percent, HemophiliaSeverity expected) {
        assertThat(d.derive(FactorActivity.of(percent))).isEqualTo(expected);
    }

    @Test
    void belowTheAssayFloorIsSevere() {
        assertThat(d.derive(FactorActivity.lessThanOne())).isEqualTo(HemophiliaSeverity.SEVERE);
        assertThat(FactorActivity.lessThanOne().text()).isEqualTo("<1");
    }

    @ParameterizedTest
    @CsvSource({
            "0.9, 90, 80, HEMOPHILIA_A",
            "90, 0.9, 80, HEMOPHILIA_B",
            "39.9, 80, 80, HEMOPHILIA_A",
            "50, 90, 80, HEMOPHILIA_A",
            "80, 5.1, 90, HEMOPHILIA_B",
            "30, 20, 80, HEMOPHILIA_B",
            "30, 90, 20, SUSPECTED_VWD",
            "90, 90, 80, EXCLUDED",
            "50.1, 51, , EXCLUDED"})
    void diagnosisSuggested(String fviii, String fix, String vwf, Diagnosis expected) {
        assertThat(d.suggest(FactorActivity.of(fviii), FactorActivity.of(fix), vwf == null ? null : new BigDecimal(vwf)))
                .isEqualTo(expected);
    }

    @Test
    void theBoundsAreSettings() {
        SeverityDerivation stricter = new SeverityDerivation(ResultLimits.of(Map.of(ResultLimits.MILD_BELOW, 30, ResultLimits.REVIEW_MAX, 45)));
        assertThat(stricter.derive(FactorActivity.of("35"))).isEqualTo(HemophiliaSeverity.BORDERLINE);
        assertThat(stricter.derive(FactorActivity.of("46"))).isEqualTo(HemophiliaSeverity.NORMAL);
    }
}
