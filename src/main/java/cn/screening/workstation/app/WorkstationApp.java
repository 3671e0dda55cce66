package cn.screening.workstation.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: set-up wizard or login, then the main window. */
public final class WorkstationApp extends Application {

    static void start(Path dataFolder, String language) {
        Application.launch(WorkstationApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
