package cn.screening.workstation.domain.screening;

import cn.screening.workstation.domain.validation.ValidationResult;
import java.util.List;

/**
 * What the classifier derived and why.
 *
 * @param reasonKeys keys of the validation bundle, each a sentence shown to the user, in order
 * @param violations what the form must fix (errors) or the user must acknowledge (warnings)
 */
public record ScreeningResult(ScreeningClass cls, List<String> reasonKeys, ValidationResult violations) {

    public ScreeningResult {
        reasonKeys = List.copyOf(reasonKeys);
    }
}
