package cn.screening.workstation.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The JavaFX application: set-up wizard or login, then the main window. The settings file, the
 * font and the "is it set up" check are read in {@link #init()}, off the FX thread.
 */
public final class WorkstationApp extends Application {

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

    static void start(Path dataFolder, String language) {
        List<String> args = new ArrayList<>();
        args.add("--" + AppConfig.DATA + "=" + dataFolder);
        if (language != null) {
            args.add("--" + AppConfig.LANG + "=" + language);
        }
        Application.launch(WorkstationApp.class, args.toArray(String[]::new));
    }

    @Override
    public void init() {
        AppConfig config = given != null ? given : AppConfig.fromParameters(getParameters().getNamed());
        context = new AppContext(config, this::window);
        Fonts.ensureChinese();
        setUp = context.workstation().isSetUp();
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
