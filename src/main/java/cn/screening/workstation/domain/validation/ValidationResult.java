package cn.screening.workstation.domain.validation;

import java.util.ArrayList;
import java.util.List;

/** The violations one check found, errors and warnings together, in the order found. */
public record ValidationResult(List<Violation> violations) {

    public static final ValidationResult OK = new ValidationResult(List.of());

    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public boolean hasErrors() {
        return violations.stream().anyMatch(Violation::isError);
    }

    public boolean hasWarnings() {
        return violations.stream().anyMatch(v -> !v.isError());
    }

    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }

    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    public List<Violation> forField(String field) {
        return violations.stream().filter(v -> v.field().equals(field)).toList();
    }

    public ValidationResult and(ValidationResult other) {
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        return new ValidationResult(all);
    }
}
