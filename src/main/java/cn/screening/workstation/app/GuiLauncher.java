package cn.screening.workstation.app;

import java.nio.file.Path;

/** Starts the JavaFX application on the data folder, its context made on a second thread meanwhile. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(Path dataFolder, String language) {
        WorkstationApp.start(dataFolder, language, StartupWarmUp.start(dataFolder, language));
    }
}
