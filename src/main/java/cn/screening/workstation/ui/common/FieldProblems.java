package cn.screening.workstation.ui.common;

import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One problem property per field name of the rules ("id_number", "sex", "aptt", ...): the form's
 * labels and decorations bind to them; a rule result fills them, first error (else warning) per field.
 */
public final class FieldProblems {

    private final Texts texts;
    private final I18n i18n;
    private final Map<String, ObjectProperty<FieldProblem>> byField = new HashMap<>();

    public FieldProblems(Texts texts, I18n i18n) {
        this.texts = texts;
        this.i18n = i18n;
    }

    public ObjectProperty<FieldProblem> of(String field) {
        return byField.computeIfAbsent(field, f -> new SimpleObjectProperty<>());
    }

    public void clear() {
        byField.values().forEach(p -> p.set(null));
    }

    public void clear(String field) {
        of(field).set(null);
    }

    /** Replaces the field's problem with the first error among the violations for it, else the first warning. */
    public void show(String field, Collection<Violation> violations) {
        List<Violation> mine = violations.stream().filter(v -> v.field().equals(field)).toList();
        Violation pick = mine.stream().filter(Violation::isError).findFirst().orElse(mine.isEmpty() ? null : mine.get(0));
        of(field).set(pick == null ? null : new FieldProblem(pick.severity(), text(pick)));
    }

    /** Shows every violation at its field (fields without a violation are cleared). */
    public void showAll(Collection<Violation> violations) {
        clear();
        violations.stream().map(Violation::field).distinct().forEach(f -> show(f, violations));
    }

    public boolean hasError() {
        return byField.values().stream().anyMatch(p -> p.get() != null && p.get().isError());
    }

    /** The sentence of a rule's violation (validation or service bundle) or of the form's own check (ui bundle). */
    /** A refusal's sentence in the window's language. */
    public String sentence(ServiceException e) {
        return texts.of(e);
    }

    public String text(Violation v) {
        Object[] args = v.args().toArray();
        return i18n.bundle().containsKey(v.messageKey()) ? i18n.get(v.messageKey(), args) : texts.get(v.messageKey(), args);
    }

    /** "身份证号码：身份证号码校验位错误，请核对": the field named, then the problem. */
    public String describe(Violation v) {
        return i18n.get("problem.described", fieldLabel(v.field()), text(v));
    }

    public String fieldLabel(String field) {
        if (i18n.bundle().containsKey("field." + field)) {
            return i18n.get("field." + field); // a field only a form has, e.g. a number the rules never see
        }
        try {
            return texts.get("field." + field);
        } catch (MissingResourceException e) {
            return field;
        }
    }
}
