package cn.screening.workstation.domain.specimen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.validation.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DOMAIN §8 rules 11–17 on typed results. */
class ResultRulesTest {

    private final ResultRules rules = new ResultRules(ResultLimits.DEFAULT);

    private static ResultEntry entry(String fviii, String fix, String vwf, String titre, Diagnosis d, HemophiliaSeverity s,
                                     String reason) {
        return new ResultEntry(fviii, fix, AssayMethod.ONE_STAGE, vwf, null, InhibitorScreen.NEGATIVE, titre, d, s, reason);
    }

    @Test
    void textWhereANumberBelongsIsRefusedNamingTheField() {
        ResultCheck c = rules.check(entry("abc", "九十", null, "x", null, null, null), "1");
        assertThat(c.violations().errors()).extracting(Violation::field)
                .containsExactly(ResultRules.FVIII, ResultRules.FIX, ResultRules.BETHESDA);
        assertThat(c.violations().errors()).allMatch(v -> v.messageKey().equals("specimen.result.not_number"));
    }

    @Test
    void rule11_factorBetween0And300_lessThanOneKept() {
        assertThat(rules.check(entry("300", "0", "80", null, null, null, null), "1").violations().hasErrors()).isFalse();
        assertThat(rules.check(entry("300.1", "90", "80", null, null, null, null), "1").violations().errors())
                .extracting(Violation::messageKey).containsExactly("specimen.result.factor_range");
        assertThat(rules.check(entry("-1", "90", "80", null, null, null, null), "1").violations().errors())
                .extracting(Violation::messageKey).containsExactly("specimen.result.factor_range");
        assertThat(rules.check(entry("<1", "90", "80", null, null, null, null), "1").fviii().belowOne()).isTrue();
    }

    @Test
    void rule12_aClassOtherThanTheDerivedNeedsAReason() {
        assertThat(rules.check(entry("3", "90", "80", null, Diagnosis.HEMOPHILIA_A, HemophiliaSeverity.SEVERE, null), "1")
                .violations().errors()).extracting(Violation::messageKey).containsExactly("specimen.result.severity_mismatch");
        ResultCheck withReason = rules.check(entry("3", "90", "80", null, Diagnosis.HEMOPHILIA_A, HemophiliaSeverity.SEVERE, "出血表型重"), "1");
        assertThat(withReason.violations().hasErrors()).isFalse();
        assertThat(withReason.severity()).isEqualTo(HemophiliaSeverity.SEVERE);
        assertThat(rules.check(entry("3", "90", "80", null, Diagnosis.HEMOPHILIA_A, null, null), "1").severity())
                .isEqualTo(HemophiliaSeverity.MODERATE);
    }

    @Test
    void rule13_borderlineWithHemophiliaWarns() {
        ResultCheck c = rules.check(entry("45", "90", "80", null, Diagnosis.HEMOPHILIA_A, null, null), "1");
        assertThat(c.violations().hasErrors()).isFalse();
        assertThat(c.violations().warnings()).extracting(Violation::messageKey).containsExactly("specimen.result.borderline");
        assertThat(c.needsReview()).isTrue();
    }

    @Test
    void rule14_hemophiliaNeedsItsFactor() {
        assertThat(rules.check(entry(null, "90", "80", null, Diagnosis.HEMOPHILIA_A, null, null), "1").violations().errors())
                .extracting(Violation::messageKey).containsExactly("specimen.result.factor_required");
        assertThat(rules.check(entry("2", null, "80", null, Diagnosis.HEMOPHILIA_B, null, null), "1").violations().errors())
                .extracting(Violation::field).containsExactly(ResultRules.FIX);
    }

    @Test
    void rule15_vwfOrAReasonItWasNotDone() {
        assertThat(rules.check(entry("2", "90", null, null, Diagnosis.HEMOPHILIA_A, null, null), "1").violations().errors())
                .extracting(Violation::messageKey).containsExactly("specimen.result.vwf_required");
        ResultEntry notDone = new ResultEntry("2", "90", AssayMethod.ONE_STAGE, null, "试剂缺货", InhibitorScreen.NOT_DONE, null,
                Diagnosis.HEMOPHILIA_A, null, null);
        assertThat(rules.check(notDone, "1").violations().hasErrors()).isFalse();
    }

    @Test
    void rule16_titreNotNegative_positiveFromTheCutOff_highAbove5() {
        assertThat(rules.check(entry("2", "90", "80", "-0.1", null, null, null), "1").violations().errors())
                .extracting(Violation::messageKey).containsExactly("specimen.result.titre");
        assertThat(rules.check(entry("2", "90", "80", "0.5", null, null, null), "1").inhibitorPositive()).isFalse();
        ResultCheck at = rules.check(entry("2", "90", "80", "0.6", null, null, null), "1");
        assertThat(at.inhibitorPositive()).isTrue();
        assertThat(at.highTitre()).isFalse();
        assertThat(rules.check(entry("2", "90", "80", "5.1", null, null, null), "1").highTitre()).isTrue();
        ResultRules stricter = new ResultRules(ResultLimits.of(Map.of(ResultLimits.INHIBITOR_POSITIVE, 1)));
        assertThat(stricter.check(entry("2", "90", "80", "0.6", null, null, null), "1").inhibitorPositive()).isFalse();
    }

    @Test
    void rule17_aFemaleWithHemophiliaWarns() {
        assertThat(rules.check(entry("2", "90", "80", null, Diagnosis.HEMOPHILIA_A, null, null), "2").violations().warnings())
                .extracting(Violation::messageKey).containsExactly("screening.female");
        assertThat(rules.check(entry("2", "90", "80", null, Diagnosis.HEMOPHILIA_A, null, null), "1").violations().warnings()).isEmpty();
    }

    @Test
    void numbersNeedTheirMethodAndAtLeastOneResult() {
        ResultEntry noMethod = new ResultEntry("2", null, null, null, null, InhibitorScreen.NOT_DONE, null, null, null, null);
        assertThat(rules.check(noMethod, "1").violations().errors()).extracting(Violation::field).containsExactly(ResultRules.METHOD);
        ResultEntry nothing = new ResultEntry(" ", "", null, null, null, InhibitorScreen.NOT_DONE, null, null, null, null);
        assertThat(rules.check(nothing, "1").violations().errors()).extracting(Violation::messageKey)
                .containsExactly("specimen.result.empty");
    }
}
