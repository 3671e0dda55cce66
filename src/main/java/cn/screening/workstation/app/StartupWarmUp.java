package cn.screening.workstation.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * While JavaFX starts its toolkit on one core, the other makes what the first window needs: the log
 * file, then the application's context (the settings file, the texts of the chosen language, the
 * background threads), which {@link WorkstationApp#init()} takes over, then it loads and links the
 * classes of the login page ({@link #loadAhead}). A failure to make the context stops the start as it would have in init; the rest
 * is optional and only costs the time it would have saved.
 */
final class StartupWarmUp {

    /**
     * The classes the login window loads from the jar before it is shown, in the order it loads them
     * (from a class-load log of a start; see performance.md). A class missing here is only loaded later
     * by the window itself; one no longer used costs a look-up.
     */
    static final String FIRST_WINDOW = "first-window.classes";

    private StartupWarmUp() {
    }

    /**
     * Loads and links (verifies) the login window's classes ahead of the JavaFX thread, which would
     * otherwise do it one by one while it builds and shows the page. Nothing is initialised: no static
     * code runs, so this is safe before and beside the toolkit.
     */
    static int loadAhead() {
        int linked = 0;
        ClassLoader loader = StartupWarmUp.class.getClassLoader();
        try (InputStream in = StartupWarmUp.class.getResourceAsStream(FIRST_WINDOW)) {
            if (in == null) {
                return 0;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                try {
                    Class.forName(name.strip(), false, loader).getDeclaredConstructors(); // asking for them links the class
                    linked++;
                } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                    // another platform's class (the list was taken on Linux), or one this release no longer has
                }
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(StartupWarmUp.class).warn("start-up warm-up skipped: {}", e.toString());
        }
        return linked;
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
        loadAhead();
    }
}
