package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.validation.ValidationResult;

/** Entering results: saved, or held back until the user acknowledges warnings (rules 13, 17). Errors throw {@link SpecimenRefused}. */
public sealed interface ResultOutcome {

    record Saved(LabResult result, ValidationResult warnings) implements ResultOutcome {
    }

    record NeedsAcknowledgement(ValidationResult warnings) implements ResultOutcome {
    }
}
