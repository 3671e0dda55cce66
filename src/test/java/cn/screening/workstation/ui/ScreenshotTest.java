package cn.screening.workstation.ui;

import static cn.screening.workstation.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.app.WorkstationApp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Pictures of the main window and the registration form at 1366×768, the screens of the county's
 * PCs, written to target/screenshots/ for a person to look at.
 */
@Tag("slow")
class ScreenshotTest extends FxRobot {

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    Path folder;
    private Application app;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        UiTestSupport.setUpClinic(folder);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new WorkstationApp(UiTestSupport.config(folder)));
        waitUntil(() -> lookup("#loginButton").tryQuery().isPresent());
        interact(() -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        clickOn("#usernameField").write(UiTestSupport.DOCTOR);
        clickOn("#passwordField").write(UiTestSupport.PASSWORD).type(KeyCode.ENTER);
        // 今日待办 comes first after login; Ctrl+N opens registration
        waitUntil(() -> lookup("#summaryLabel").tryQuery().isPresent());
        press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#idNumberField").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theRegistrationFormAndTheCaseListFitTheScreen() throws IOException {
        clickOn("#nameField").write("李小明");
        clickOn("#idNumberField").write(UiTestSupport.GOOD_ID).type(KeyCode.TAB);
        clickOn("#trigger-JOINT_BLEED");
        clickOn("#lab-aptt").write("58");
        waitUntil(() -> !lookup("#reasonList").queryListView().getItems().isEmpty());
        BufferedImage registration = snapshot("registration.png");
        assertThat(registration.getWidth()).isEqualTo(WIDTH);
        assertThat(registration.getHeight()).isEqualTo(HEIGHT);
        // the form fits across: only the vertical scroll bar is needed
        assertThat(lookup("#root").query().getLayoutBounds().getWidth()).isLessThanOrEqualTo(WIDTH);

        clickOn("#casesButton");
        waitUntil(() -> lookup("#pageLabel").tryQuery().isPresent()
                && lookup("#diseaseFilter").<ComboBox<?>>query().getItems().size() > 1);
        // loading the choices must not pick one: the list starts unfiltered
        assertThat(lookup("#diseaseFilter").<ComboBox<?>>query().getValue()).isNull();
        assertThat(lookup("#townshipFilter").<ComboBox<?>>query().getValue()).isNull();
        BufferedImage list = snapshot("main-window.png");
        assertThat(list.getWidth()).isEqualTo(WIDTH);
        assertThat(list.getHeight()).isEqualTo(HEIGHT);
        // the status bar's sync controls fit beside who is logged in where
        assertThat(lookup("#syncNowButton").query().localToScene(0, 0).getX()).isLessThan(WIDTH - 40);

        clickOn("#conflictsButton");
        waitUntil(() -> lookup("#keepLocalButton").tryQuery().isPresent());
        snapshot("conflicts.png");
        clickOn("#quarantineButton");
        waitUntil(() -> lookup("#requeueButton").tryQuery().isPresent());
        snapshot("refused-records.png");
    }

    private BufferedImage snapshot(String name) throws IOException {
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isEqualTo(WIDTH);
        assertThat(scene.getHeight()).isEqualTo(HEIGHT);
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = scene.snapshot(null));
        BufferedImage picture = SwingFXUtils.fromFXImage(image[0], null);
        Files.createDirectories(OUT);
        ImageIO.write(picture, "png", OUT.resolve(name).toFile());
        return picture;
    }
}
