package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.validation.Messages;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import java.util.List;
import java.util.Locale;
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

    /** One broken rule as the same sentence: a scan's refusal is answered with it, not thrown. */
    static String describe(Violation v) {
        return describe(new ValidationResult(List.of(v)));
    }

    /** "采血量：采血量不足（<90%），标本不合格" — each field named, then what is wrong; rule texts and service refusals alike. */
    private static String describe(ValidationResult r) {
        Messages m = Messages.chinese();
        Texts texts = new Texts(Locale.SIMPLIFIED_CHINESE);
        return r.errors().stream().map(v -> m.fieldLabel(v.field()) + "：" + texts.get(v.messageKey(), v.args().toArray()))
                .collect(Collectors.joining("；"));
    }
}
