package cn.screening.workstation.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.util.StringConverter;

/**
 * The screens' texts (bundle {@code ui}). Chinese is the base bundle and there is no fallback to
 * the JVM's locale, so an English Windows still shows Chinese unless the settings say "en".
 * Enum constants are labelled by the key {@code EnumName.CONSTANT}.
 */
public final class I18n {

    public static final String BUNDLE = "cn.screening.workstation.i18n.ui";

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String label(Enum<?> value) {
        return value == null ? "" : bundle.getString(enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    /** Shows enum constants by their label in combo boxes; {@code null} shows as {@code nullText}. */
    public <E extends Enum<E>> StringConverter<E> converter(Class<E> type, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? nullText : label(value);
            }

            @Override
            public E fromString(String text) {
                for (E e : type.getEnumConstants()) {
                    if (label(e).equals(text)) {
                        return e;
                    }
                }
                return null;
            }
        };
    }
}
