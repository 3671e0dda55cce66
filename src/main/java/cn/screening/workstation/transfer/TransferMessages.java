package cn.screening.workstation.transfer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Turns a {@link PatientListException} into the sentence a user reads, from the transfer bundle. */
public final class TransferMessages {

    public static final String BUNDLE = "cn.screening.workstation.i18n.transfer";

    private final ResourceBundle bundle;
    private final Locale locale;

    public TransferMessages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's locale: a Chinese user on an English Windows still gets Chinese.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String text(PatientListException e) {
        return format(e.messageKey(), e.args().toArray());
    }

    public String format(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
