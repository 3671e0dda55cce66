package cn.screening.workstation.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The JavaFX application: set-up wizard or login, then the main window. The settings file, the
 * font and the "is it set up" check are read off the FX thread: by the launcher's second thread while
 * the toolkit starts ({@link StartupWarmUp}), else in {@link #init()}. What the login page does not
 * need waits for its first frame ({@link AfterFirstFrame}).
 */
public final class WorkstationApp extends Application {

    /** The context the launcher makes while the toolkit starts ({@link StartupWarmUp}); handed over once. */
    private static volatile CompletableFuture<AppContext> prepared;

    private final AppConfig given;
    private AppContext context;
    private Screens screens;
    private boolean setUp;

    /** Used by {@link Application#launch}: the data folder and language come as named parameters. */
    public WorkstationApp() {
        this(null);
    }

    /** For tests and embedding: everything given. */
    public WorkstationApp(AppConfig config) {
        this.given = config;
    }

    /** Starts the window on the context the launcher is making on another thread for this data folder. */
    static void start(Path dataFolder, String language, CompletableFuture<AppContext> context) {
        prepared = context;
        List<String> args = new ArrayList<>();
        args.add("--" + AppConfig.DATA + "=" + dataFolder);
        if (language != null) {
            args.add("--" + AppConfig.LANG + "=" + language);
        }
        Application.launch(WorkstationApp.class, args.toArray(String[]::new));
    }

    @Override
    public void init() {
        context = given == null ? preparedContext() : null;
        if (context == null) {
            context = new AppContext(given != null ? given : AppConfig.fromParameters(getParameters().getNamed()));
        }
        context.ownedBy(this::window);
        Fonts.ensureChinese(context.config().dataFolder());
        setUp = context.workstation().isSetUp();
    }

    /** The launcher's context, or null when the application was not started by the launcher. */
    private static AppContext preparedContext() {
        CompletableFuture<AppContext> made = prepared;
        prepared = null;
        if (made == null) {
            return null;
        }
        try {
            return made.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e; // as if made here: the same failure stops the start
        }
    }

    private Window window() {
        return screens == null ? null : screens.stage();
    }

    @Override
    public void start(Stage stage) {
        screens = new Screens(stage, context);
        screens.showFirst(setUp);
        if (StartupProbe.enabled()) {
            StartupProbe.watch(stage);
        }
        stage.show();
        Path folder = context.config().dataFolder();
        AfterFirstFrame.run(() -> context.inBackground(() -> {
            context.rules();
            Fonts.recheck(folder);
        }));
    }

    @Override
    public void stop() {
        if (screens != null) {
            screens.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
