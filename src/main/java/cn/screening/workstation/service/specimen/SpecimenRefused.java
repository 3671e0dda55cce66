package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.validation.Messages;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.ServiceException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A sample, box, receipt or result refused: the broken rules (for the form to mark their fields)
 * and one Chinese sentence naming each field. Nothing was saved.
 */
public final class SpecimenRefused extends ServiceException {

    private final transient ValidationResult violations;

    public SpecimenRefused(ValidationResult violations) {
        super("specimen.refused", describe(violations));
        this.violations = violations;
    }

    public SpecimenRefused(Violation v) {
        this(new ValidationResult(List.of(v)));
    }

    public ValidationResult violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return (String) args().get(0);
    }

    private static String describe(ValidationResult r) {
        Messages m = Messages.chinese();
        return r.errors().stream().map(m::describe).collect(Collectors.joining("；"));
    }
}
