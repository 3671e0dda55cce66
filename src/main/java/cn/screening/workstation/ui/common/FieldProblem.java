package cn.screening.workstation.ui.common;

import cn.screening.workstation.domain.validation.Severity;

/** What is wrong with one field, as the user reads it. */
public record FieldProblem(Severity severity, String text) {

    public static FieldProblem error(String text) {
        return new FieldProblem(Severity.ERROR, text);
    }

    public static FieldProblem warning(String text) {
        return new FieldProblem(Severity.WARNING, text);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
