package cn.screening.workstation.service;

import cn.screening.workstation.store.StoreException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Sentences for users outside the screens (service refusals, CLI output): looks a key up in the
 * service, validation and file-format bundles. Chinese is the base bundle, so an English JVM
 * default never leaks English into a Chinese session.
 */
public final class Texts {

    public static final List<String> BUNDLES = List.of(
            "cn.screening.workstation.i18n.messages",
            "cn.screening.workstation.i18n.validation",
            "cn.screening.workstation.i18n.transfer",
            "cn.screening.workstation.i18n.cli",
            "cn.screening.workstation.i18n.sync");

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundles = BUNDLES.stream().map(name -> bundle(name, locale)).toList();
    }

    public static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Locale localeOf(String language) {
        return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        throw new MissingResourceException("no text for " + key, "Texts", key);
    }

    public String of(ServiceException e) {
        return get(e.messageKey(), e.args().toArray());
    }

    /** Why a login or screen unlock was refused, as the login screen, the lock screen and the CLI say it. */
    public String refusal(LoginResult result, java.time.ZoneId zone) {
        if (result instanceof LoginResult.WrongPassword w) {
            return get("error.login.wrong", w.attemptsLeft());
        }
        if (result instanceof LoginResult.Locked l) {
            return get("error.login.locked",
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(l.until().atZone(zone)));
        }
        return get("error.login.inactive");
    }

    /**
     * What a user reads for a store failure: what happened and what to do, in one sentence — never H2's
     * text or its SQL, which go to the log only ({@link StoreException#logLine()}).
     */
    public String of(StoreException e) {
        return switch (e.kind()) {
            case LOCKED -> get("error.store.locked");
            case CORRUPT -> get("error.store.corrupt");
            case WRONG_KEY -> get("error.store.wrongKey");
            case KEYRING_DAMAGED -> get("error.store.keyring");
            case DISK_FULL -> get("error.store.diskFull");
            case READ_ONLY -> get("error.store.readOnly");
            case CONSTRAINT -> get("error.store.constraint");
            case OTHER -> get("error.store.other");
        };
    }
}
