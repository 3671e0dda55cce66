package cn.screening.workstation.app;

import java.nio.file.Path;

/** Starts the JavaFX application on the data folder. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static void launch(Path dataFolder, String language) {
        StartupWarmUp.start(dataFolder, language);
        WorkstationApp.start(dataFolder, language);
    }
}
