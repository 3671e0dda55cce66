package cn.screening.workstation.documents;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The printed forms' headings and the refusals' sentences, all from documents.properties (Chinese only). */
public final class DocumentTexts {

    static final String BUNDLE = "cn.screening.workstation.i18n.documents";
    private static final DocumentTexts CHINESE = new DocumentTexts();

    private final ResourceBundle bundle;

    private DocumentTexts() {
        // the forms are printed for Chinese staff: never the JVM's locale, never a fallback
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static DocumentTexts chinese() {
        return CHINESE;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
