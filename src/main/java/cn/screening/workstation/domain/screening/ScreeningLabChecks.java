package cn.screening.workstation.domain.screening;

import cn.screening.workstation.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** Checks on the county lab's values that the classification depends on. */
final class ScreeningLabChecks {

    private ScreeningLabChecks() {
    }

    static boolean isDone(LabValue lab) {
        return lab != null && lab.value() != null;
    }

    /** PT, TT, fibrinogen or platelets outside their range: the APTT prolongation is not isolated. */
    static boolean anyOtherAbnormal(HemophiliaScreening form) {
        return List.of(optional(form.pt()), optional(form.tt()), optional(form.fib()), optional(form.plt())).stream()
                .anyMatch(lab -> lab.aboveRange() || lab.belowRange());
    }

    /** Negative values are typing errors; a value without its range cannot be read as normal or not. */
    static List<Violation> check(HemophiliaScreening form) {
        List<Violation> found = new ArrayList<>();
        checkOne("aptt", form.aptt(), found);
        checkOne("pt", form.pt(), found);
        checkOne("tt", form.tt(), found);
        checkOne("fib", form.fib(), found);
        checkOne("plt", form.plt(), found);
        return found;
    }

    /** Rule 18: 高度疑似 rests on APTT and PT read against the lab's own reference ranges. */
    static List<Violation> rangesForHighlySuspected(HemophiliaScreening form) {
        List<Violation> found = new ArrayList<>();
        if (!isDone(form.aptt()) || !form.aptt().hasRange()) {
            found.add(Violation.error("aptt", "screening.highly_suspected_needs_ranges"));
        }
        if (!isDone(form.pt()) || !form.pt().hasRange()) {
            found.add(Violation.error("pt", "screening.highly_suspected_needs_ranges"));
        }
        return found;
    }

    private static void checkOne(String field, LabValue lab, List<Violation> found) {
        if (!isDone(lab)) {
            return;
        }
        if (lab.value().signum() < 0) {
            found.add(Violation.error(field, "screening.lab_value_negative"));
        } else if (!lab.hasRange()) {
            found.add(Violation.warning(field, "screening.reference_range_missing"));
        } else if (lab.refLow().compareTo(lab.refHigh()) > 0) {
            found.add(Violation.error(field, "screening.reference_range_inverted"));
        }
    }

    private static LabValue optional(LabValue lab) {
        return lab == null ? new LabValue(null, null, null) : lab;
    }
}
