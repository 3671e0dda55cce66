package cn.screening.workstation.domain.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Turns a {@link Violation} into the sentence a user reads, from the validation bundle. */
public final class Messages {

    public static final String BUNDLE = "cn.screening.workstation.i18n.validation";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM default locale: on an English Windows zh must still give the Chinese base bundle
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese, the language of the workstation's users. */
    public static Messages chinese() {
        return new Messages(Locale.SIMPLIFIED_CHINESE);
    }

    public String text(Violation violation) {
        return format(violation.messageKey(), violation.args().toArray());
    }

    public String format(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The field's name as the user knows it, e.g. 身份证号码. */
    public String fieldLabel(String field) {
        String key = "field." + field;
        return bundle.containsKey(key) ? bundle.getString(key) : field;
    }

    /** "身份证号码：身份证号码校验位错误，请核对" — the field named, then what is wrong. */
    public String describe(Violation violation) {
        return fieldLabel(violation.field()) + "：" + text(violation);
    }
}
