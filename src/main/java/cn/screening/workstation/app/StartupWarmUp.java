package cn.screening.workstation.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * While JavaFX starts its toolkit on one core, the other makes what the first window needs: the log
 * file, then the application's context (the settings file, the texts of the chosen language, the
 * background threads), which {@link WorkstationApp#init()} takes over, then it loads the classes of
 * the login page. A failure to make the context stops the start as it would have in init; the rest
 * is optional and only costs the time it would have saved.
 */
final class StartupWarmUp {

    /** Classes of the login window that take long to load: the page, its controls and their skins. */
    private static final List<String> FIRST_WINDOW = List.of("cn.screening.workstation.ui.login.LoginController",
            "cn.screening.workstation.ui.login.LoginViewModel", "javafx.scene.control.skin.TextFieldSkin",
            "javafx.scene.control.skin.ButtonSkin", "javafx.scene.control.skin.LabelSkin",
            "javafx.scene.control.skin.ProgressIndicatorSkin", "com.sun.javafx.scene.control.skin.Utils",
            "javafx.scene.control.PasswordField", "javafx.scene.layout.GridPane", "javafx.scene.layout.ColumnConstraints");

    private StartupWarmUp() {
    }

    /** Starts the thread; the answer completes with the context (or the failure to make it). */
    static CompletableFuture<AppContext> start(Path dataFolder, String language) {
        CompletableFuture<AppContext> context = new CompletableFuture<>();
        Thread t = new Thread(() -> run(dataFolder, language, context), "startup-warm-up");
        t.setDaemon(true);
        t.start();
        return context;
    }

    private static void run(Path dataFolder, String language, CompletableFuture<AppContext> context) {
        try {
            Logging.toFolder(dataFolder);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(StartupWarmUp.class).warn("no log file in the data folder: {}", e.toString());
        }
        try {
            context.complete(new AppContext(AppConfig.of(dataFolder, language == null || language.isBlank() ? null : language)));
        } catch (RuntimeException | Error e) {
            context.completeExceptionally(e);
            return;
        }
        try {
            for (String name : FIRST_WINDOW) {
                Class.forName(name, false, StartupWarmUp.class.getClassLoader()); // loaded, not initialised: safe before the toolkit
            }
        } catch (ClassNotFoundException | LinkageError e) {
            LoggerFactory.getLogger(StartupWarmUp.class).warn("start-up warm-up skipped: {}", e.toString());
        }
    }
}
