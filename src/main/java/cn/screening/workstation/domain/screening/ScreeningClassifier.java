package cn.screening.workstation.domain.screening;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision support of DOMAIN §1: from triggers, family history and the county lab's results to
 * 高度疑似 / 疑似 / 疑似抑制物 / 未达疑似标准. Maternal family history counts as a trigger, as §1 lists it.
 */
public final class ScreeningClassifier {

    private final ScreeningLimits limits;

    public ScreeningClassifier(ScreeningLimits limits) {
        this.limits = limits;
    }

    public ScreeningResult classify(HemophiliaScreening form, Sex sex) {
        List<String> reasons = new ArrayList<>();
        List<Violation> violations = new ArrayList<>(ScreeningLabChecks.check(form));
        MixingOutcome mixing = mixingOutcome(form.mixing());
        if (form.mixing().outcome() != MixingOutcome.NOT_DONE && form.mixing().outcome() != mixing) {
            violations.add(Violation.warning("mixing", "screening.mixing_outcome_from_values"));
        }
        form.triggers().keySet().stream().sorted().map(ScreeningClassifier::reasonFor).forEach(reasons::add);
        if (form.familyHistory()) {
            reasons.add("screening.reason.family_history");
        }
        ScreeningClass cls = decide(form, mixing, reasons);
        if (cls == ScreeningClass.HIGHLY_SUSPECTED) {
            violations.addAll(ScreeningLabChecks.rangesForHighlySuspected(form));
        }
        if (cls != ScreeningClass.NOT_SUSPECTED && form.hasTrigger() && !form.familyHistory()) {
            reasons.add("screening.reason.no_family_history");
        }
        if (cls != ScreeningClass.NOT_SUSPECTED && sex == Sex.FEMALE) {
            violations.add(Violation.warning("sex", "screening.female"));
        }
        return new ScreeningResult(cls, reasons, new ValidationResult(violations));
    }

    /** The outcome the numbers show when both APTTs are given, else the outcome the user chose. */
    public MixingOutcome mixingOutcome(MixingTest test) {
        if (test.mixApttSeconds() != null && test.normalPoolApttSeconds() != null) {
            return limits.interpret(test.mixApttSeconds(), test.normalPoolApttSeconds());
        }
        return test.outcome();
    }

    private static ScreeningClass decide(HemophiliaScreening form, MixingOutcome mixing, List<String> reasons) {
        boolean history = form.hasTrigger() || form.familyHistory();
        boolean apttProlonged = form.aptt() != null && form.aptt().aboveRange();
        boolean isolated = apttProlonged && !ScreeningLabChecks.anyOtherAbnormal(form);
        if (mixing == MixingOutcome.DOES_NOT_CORRECT) {
            reasons.add("screening.reason.mixing_does_not_correct");
            return ScreeningClass.SUSPECTED_INHIBITOR;
        }
        if (isolated && !history) {
            reasons.add("screening.reason.isolated_aptt_without_history");
            return ScreeningClass.SUSPECTED_INHIBITOR;
        }
        if (isolated && mixing == MixingOutcome.CORRECTS) {
            reasons.add("screening.reason.aptt_corrects");
            return ScreeningClass.HIGHLY_SUSPECTED;
        }
        if (isolated) {
            reasons.add("screening.reason.mixing_not_done");
            return ScreeningClass.SUSPECTED;
        }
        if (apttProlonged) {
            reasons.add("screening.reason.aptt_not_isolated");
        } else if (history) {
            reasons.add(ScreeningLabChecks.isDone(form.aptt()) ? "screening.reason.aptt_normal" : "screening.reason.aptt_not_done");
        } else {
            reasons.add("screening.reason.no_finding");
        }
        return history ? ScreeningClass.SUSPECTED : ScreeningClass.NOT_SUSPECTED;
    }

    private static String reasonFor(BleedingTrigger trigger) {
        return switch (trigger) {
            case SPONTANEOUS_BLEEDING -> "screening.reason.spontaneous_bleeding";
            case PROLONGED_BLEEDING_AFTER_INJURY -> "screening.reason.prolonged_bleeding";
            case JOINT_BLEED -> "screening.reason.joint_bleed";
            case MUSCLE_HAEMATOMA -> "screening.reason.muscle_haematoma";
            case INTERNAL_BLEEDING -> "screening.reason.internal_bleeding";
            case NEONATAL_BLEEDING -> "screening.reason.neonatal_bleeding";
        };
    }
}
