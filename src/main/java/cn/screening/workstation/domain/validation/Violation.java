package cn.screening.workstation.domain.validation;

import java.util.List;

/**
 * One broken rule: which field, which message (a key of the validation bundle, see {@link Messages}),
 * how serious, and the values to put into the message.
 */
public record Violation(String field, String messageKey, Severity severity, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation error(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, Severity.ERROR, List.of(args));
    }

    public static Violation warning(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, Severity.WARNING, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
