package cn.screening.workstation.app;

import cn.screening.workstation.service.Settings;
import cn.screening.workstation.service.SettingsFile;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.I18n;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * While JavaFX starts its toolkit on one core, the other gets ready what the first window needs
 * next: the log, the JSON reader (the settings file) and the texts of the chosen language. The window
 * then finds them loaded; nothing here is required, so a failure only costs the time it would have saved.
 */
final class StartupWarmUp {

    /** Classes of the login window that take long to load: the FXML reader, the page, the skins of its controls. */
    private static final java.util.List<String> FIRST_WINDOW = java.util.List.of("javafx.fxml.FXMLLoader",
            "cn.screening.workstation.ui.login.LoginController", "javafx.scene.control.skin.TextFieldSkin",
            "javafx.scene.control.skin.ButtonSkin", "javafx.scene.control.skin.LabelSkin", "javafx.scene.control.skin.ComboBoxListViewSkin",
            "com.sun.javafx.scene.control.skin.Utils", "javafx.scene.control.PasswordField");

    private StartupWarmUp() {
    }

    static void start(Path dataFolder, String language) {
        Thread t = new Thread(() -> run(dataFolder, language), "startup-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run(Path dataFolder, String language) {
        try {
            Logging.toFolder(dataFolder);
            Settings settings = new SettingsFile(dataFolder).load();
            Locale locale = Texts.localeOf(language != null ? language : settings.language());
            new Texts(locale);
            new I18n(locale);
            for (String name : FIRST_WINDOW) {
                Class.forName(name, false, StartupWarmUp.class.getClassLoader()); // loaded, not initialised: safe before the toolkit
            }
        } catch (RuntimeException | ClassNotFoundException e) {
            LoggerFactory.getLogger(StartupWarmUp.class).warn("start-up warm-up skipped: {}", e.toString());
        }
    }
}
