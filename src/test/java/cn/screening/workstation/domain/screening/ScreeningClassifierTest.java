package cn.screening.workstation.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.validation.Violation;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreeningClassifierTest {

    private static final Map<BleedingTrigger, String> JOINT = Map.of(BleedingTrigger.JOINT_BLEED, "右膝");
    private static final LabValue APTT_LONG = lab("62", "25", "37");
    private static final LabValue APTT_NORMAL = lab("30", "25", "37");
    private static final LabValue PT_NORMAL = lab("12", "11", "14");
    private static final MixingTest CORRECTS = new MixingTest(MixingOutcome.CORRECTS, null, null);
    private static final MixingTest NOT_CORRECTING = new MixingTest(MixingOutcome.DOES_NOT_CORRECT, null, null);

    private final ScreeningClassifier classifier = new ScreeningClassifier(ScreeningLimits.DEFAULT);

    @Test
    void triggerAndIsolatedApttCorrectingOnMixingIsHighlySuspected() {
        ScreeningResult result = classifier.classify(form(JOINT, false, APTT_LONG, PT_NORMAL, CORRECTS), Sex.MALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.HIGHLY_SUSPECTED);
        assertThat(result.reasonKeys()).containsExactly("screening.reason.joint_bleed",
                "screening.reason.aptt_corrects", "screening.reason.no_family_history");
        assertThat(result.violations().violations()).isEmpty();
    }

    @Test
    void highlySuspectedNeedsPtWithItsRange() {
        ScreeningResult noPt = classifier.classify(form(JOINT, false, APTT_LONG, null, CORRECTS), Sex.MALE);
        ScreeningResult ptWithoutRange = classifier.classify(
                form(JOINT, false, APTT_LONG, lab("12", null, null), CORRECTS), Sex.MALE);

        assertThat(noPt.cls()).isEqualTo(ScreeningClass.HIGHLY_SUSPECTED);
        assertThat(noPt.violations().errors()).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pt", "screening.highly_suspected_needs_ranges"));
        assertThat(ptWithoutRange.violations().errors()).extracting(Violation::field).containsExactly("pt");
    }

    @Test
    void highlySuspectedNeedsBothEndsOfTheApttRange() {
        LabValue upperOnly = lab("62", null, "37");

        ScreeningResult result = classifier.classify(form(JOINT, false, upperOnly, PT_NORMAL, CORRECTS), Sex.MALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.HIGHLY_SUSPECTED);
        assertThat(result.violations().errors()).extracting(Violation::field).containsExactly("aptt");
    }

    @Test
    void mixingNumbersDecideTheOutcome() {
        MixingTest fiveSecondsOver = new MixingTest(MixingOutcome.NOT_DONE, new BigDecimal("45"), new BigDecimal("40"));
        MixingTest moreThanFive = new MixingTest(MixingOutcome.NOT_DONE, new BigDecimal("45.5"), new BigDecimal("40"));
        MixingTest fifteenPercent = new MixingTest(MixingOutcome.NOT_DONE, new BigDecimal("23"), new BigDecimal("20"));
        MixingTest moreThanFifteen = new MixingTest(MixingOutcome.NOT_DONE, new BigDecimal("23.2"), new BigDecimal("20"));

        assertThat(classify(fiveSecondsOver)).isEqualTo(ScreeningClass.HIGHLY_SUSPECTED);
        assertThat(classify(moreThanFive)).isEqualTo(ScreeningClass.SUSPECTED_INHIBITOR);
        assertThat(classify(fifteenPercent)).isEqualTo(ScreeningClass.HIGHLY_SUSPECTED);
        assertThat(classify(moreThanFifteen)).isEqualTo(ScreeningClass.SUSPECTED_INHIBITOR);
    }

    @Test
    void numbersThatContradictTheChosenOutcomeWinWithAWarning() {
        MixingTest said = new MixingTest(MixingOutcome.CORRECTS, new BigDecimal("50"), new BigDecimal("40"));

        ScreeningResult result = classifier.classify(form(JOINT, false, APTT_LONG, PT_NORMAL, said), Sex.MALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.SUSPECTED_INHIBITOR);
        assertThat(result.violations().warnings()).extracting(Violation::messageKey)
                .containsExactly("screening.mixing_outcome_from_values");
        assertThat(classifier.mixingOutcome(said)).isEqualTo(MixingOutcome.DOES_NOT_CORRECT);
    }

    @Test
    void onlyOneMixingNumberFallsBackToTheChosenOutcome() {
        MixingTest half = new MixingTest(MixingOutcome.CORRECTS, new BigDecimal("60"), null);

        assertThat(classifier.mixingOutcome(half)).isEqualTo(MixingOutcome.CORRECTS);
    }

    @Test
    void mixingThatDoesNotCorrectIsSuspectedInhibitor() {
        ScreeningResult result = classifier.classify(form(JOINT, false, APTT_LONG, PT_NORMAL, NOT_CORRECTING), Sex.MALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.SUSPECTED_INHIBITOR);
        assertThat(result.reasonKeys()).contains("screening.reason.mixing_does_not_correct");
    }

    @Test
    void isolatedApttWithoutAnyHistoryIsSuspectedAcquired() {
        ScreeningResult result = classifier.classify(form(Map.of(), false, APTT_LONG, PT_NORMAL, CORRECTS), Sex.MALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.SUSPECTED_INHIBITOR);
        assertThat(result.reasonKeys()).containsExactly("screening.reason.isolated_aptt_without_history");
    }

    @Test
    void triggerWithProlongedApttButNoMixingIsSuspected() {
        ScreeningResult result = classifier.classify(form(JOINT, false, APTT_LONG, PT_NORMAL, MixingTest.NOT_DONE), Sex.MALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.SUSPECTED);
        assertThat(result.reasonKeys()).contains("screening.reason.mixing_not_done");
    }

    @Test
    void triggerWithNormalApttIsSuspected() {
        ScreeningResult result = classifier.classify(form(JOINT, false, APTT_NORMAL, PT_NORMAL, null), Sex.MALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.SUSPECTED);
        assertThat(result.reasonKeys()).containsExactly("screening.reason.joint_bleed",
                "screening.reason.aptt_normal", "screening.reason.no_family_history");
    }

    @Test
    void familyHistoryWithoutLabsIsSuspected() {
        ScreeningResult result = classifier.classify(form(Map.of(), true, null, null, null), Sex.MALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.SUSPECTED);
        assertThat(result.reasonKeys()).containsExactly("screening.reason.family_history", "screening.reason.aptt_not_done");
    }

    @Test
    void familyHistoryCountsAsATriggerForHighlySuspected() {
        ScreeningResult result = classifier.classify(form(Map.of(), true, APTT_LONG, PT_NORMAL, CORRECTS), Sex.MALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.HIGHLY_SUSPECTED);
        assertThat(result.reasonKeys()).doesNotContain("screening.reason.no_family_history");
    }

    @Test
    void apttProlongedWithAbnormalPtIsNotTheHemophiliaPattern() {
        LabValue ptLong = lab("20", "11", "14");

        ScreeningResult withTrigger = classifier.classify(form(JOINT, false, APTT_LONG, ptLong, CORRECTS), Sex.MALE);
        ScreeningResult withoutTrigger = classifier.classify(form(Map.of(), false, APTT_LONG, ptLong, CORRECTS), Sex.MALE);

        assertThat(withTrigger.cls()).isEqualTo(ScreeningClass.SUSPECTED);
        assertThat(withTrigger.reasonKeys()).contains("screening.reason.aptt_not_isolated");
        assertThat(withoutTrigger.cls()).isEqualTo(ScreeningClass.NOT_SUSPECTED);
    }

    @Test
    void lowPlateletsOrFibrinogenAlsoBreakIsolation() {
        HemophiliaScreening lowPlt = new HemophiliaScreening(JOINT, false, null, APTT_LONG, PT_NORMAL, null, null,
                lab("40", "100", "300"), CORRECTS, null);
        HemophiliaScreening lowFib = new HemophiliaScreening(JOINT, false, null, APTT_LONG, PT_NORMAL, null,
                lab("1.0", "2.0", "4.0"), null, CORRECTS, null);

        assertThat(classifier.classify(lowPlt, Sex.MALE).cls()).isEqualTo(ScreeningClass.SUSPECTED);
        assertThat(classifier.classify(lowFib, Sex.MALE).cls()).isEqualTo(ScreeningClass.SUSPECTED);
    }

    @Test
    void nothingFoundIsNotSuspected() {
        ScreeningResult result = classifier.classify(form(Map.of(), false, APTT_NORMAL, PT_NORMAL, null), Sex.FEMALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.NOT_SUSPECTED);
        assertThat(result.reasonKeys()).containsExactly("screening.reason.no_finding");
        assertThat(result.violations().violations()).isEmpty();
    }

    @Test
    void aSuspectedFemaleGetsTheCarrierWarning() {
        ScreeningResult result = classifier.classify(form(JOINT, false, APTT_NORMAL, PT_NORMAL, null), Sex.FEMALE);

        assertThat(result.cls()).isEqualTo(ScreeningClass.SUSPECTED);
        assertThat(result.violations().hasErrors()).isFalse();
        assertThat(result.violations().warnings()).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sex", "screening.female"));
    }

    @Test
    void everyTriggerHasItsOwnReason() {
        Map<BleedingTrigger, String> all = new java.util.EnumMap<>(BleedingTrigger.class);
        for (BleedingTrigger t : BleedingTrigger.values()) {
            all.put(t, "");
        }

        ScreeningResult result = classifier.classify(form(all, true, APTT_NORMAL, PT_NORMAL, null), Sex.MALE);

        assertThat(result.reasonKeys()).startsWith("screening.reason.spontaneous_bleeding",
                "screening.reason.prolonged_bleeding", "screening.reason.joint_bleed",
                "screening.reason.muscle_haematoma", "screening.reason.internal_bleeding",
                "screening.reason.neonatal_bleeding", "screening.reason.family_history");
    }

    @Test
    void labValuesAreChecked() {
        HemophiliaScreening form = new HemophiliaScreening(JOINT, false, null, lab("-1", "25", "37"),
                lab("12", null, null), lab("18", "20", "14"), null, null, null, null);

        ScreeningResult result = classifier.classify(form, Sex.MALE);

        assertThat(result.violations().violations()).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("aptt", "screening.lab_value_negative"),
                org.assertj.core.groups.Tuple.tuple("pt", "screening.reference_range_missing"),
                org.assertj.core.groups.Tuple.tuple("tt", "screening.reference_range_inverted"));
    }

    private ScreeningClass classify(MixingTest mixing) {
        return classifier.classify(form(JOINT, false, APTT_LONG, PT_NORMAL, mixing), Sex.MALE).cls();
    }

    private static HemophiliaScreening form(Map<BleedingTrigger, String> triggers, boolean familyHistory,
                                            LabValue aptt, LabValue pt, MixingTest mixing) {
        return new HemophiliaScreening(triggers, familyHistory, null, aptt, pt, null, null, null, mixing, null);
    }

    private static LabValue lab(String value, String low, String high) {
        return new LabValue(value == null ? null : new BigDecimal(value), low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high));
    }
}
