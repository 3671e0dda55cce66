package cn.screening.workstation.domain.followup;

import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a follow-up visit must hold: a date not in the future, a mode, and bleeds dated no later than the visit. */
public final class VisitRules {

    private VisitRules() {
    }

    public static ValidationResult check(Visit visit, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        if (visit.date() == null) {
            out.add(Violation.error("visit.date", "followup.visit.date.required"));
        } else if (visit.date().isAfter(today)) {
            out.add(Violation.error("visit.date", "followup.visit.date.future"));
        }
        if (visit.mode() == null) {
            out.add(Violation.error("visit.mode", "followup.visit.mode.required"));
        }
        boolean badBleed = visit.bleeds().stream()
                .anyMatch(b -> b.date() == null || (visit.date() != null && b.date().isAfter(visit.date())));
        if (badBleed) {
            out.add(Violation.error("visit.bleeds", "followup.bleed.date.invalid"));
        }
        return new ValidationResult(out);
    }
}
