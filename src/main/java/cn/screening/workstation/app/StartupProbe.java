package cn.screening.workstation.app;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For `bench cases --measure-startup`: when the JVM is started with -Dscreening.startupProbe=true,
 * prints `startup_ms=` (process start → the first frame of the first window) and exits.
 */
final class StartupProbe {

    static final String PROPERTY = "screening.startupProbe";

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Waits for the first pulse that draws the shown stage, then reports and quits. */
    static void watch(Stage stage) {
        stage.setOnShown(e -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup_ms=" + ms);
                System.out.flush();
                Platform.exit();
            }
        }.start());
    }
}
