package cn.screening.workstation.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick of `bench cases --measure-startup --baseline`: a JavaFX window with one label,
 * started from the same jar and timed by the same probe as the workstation's first window.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("县域筛查转诊工作站"), 400, 200));
        StartupProbe.watch(stage);
        stage.show();
    }

    /** Started through a plain class, as the workstation is, so the shaded jar starts JavaFX from the classpath. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
