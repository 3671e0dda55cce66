package cn.screening.workstation.domain.screening;

import java.util.Map;

/**
 * The hemophilia screening form (DOMAIN §1). Each present trigger maps to its note (may be empty);
 * lab values are null when not done.
 *
 * @param classification what {@code ScreeningClassifier} derived when the form was saved
 */
public record HemophiliaScreening(
        Map<BleedingTrigger, String> triggers,
        boolean familyHistory,
        String familyHistoryNote,
        LabValue aptt,
        LabValue pt,
        LabValue tt,
        LabValue fib,
        LabValue plt,
        MixingTest mixing,
        ScreeningClass classification) {

    public HemophiliaScreening {
        triggers = Map.copyOf(triggers);
        mixing = mixing == null ? MixingTest.NOT_DONE : mixing;
    }

    public boolean hasTrigger() {
        return !triggers.isEmpty();
    }

    public HemophiliaScreening withClassification(ScreeningClass derived) {
        return new HemophiliaScreening(triggers, familyHistory, familyHistoryNote, aptt, pt, tt, fib, plt, mixing, derived);
    }
}
