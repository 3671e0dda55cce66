package cn.screening.workstation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of a screen at the county PCs' 1366×768, into target/screenshots/ for a person to look at. */
public final class ScreenPictures {

    public static final int WIDTH = 1366;
    public static final int HEIGHT = 768;
    private static final Path OUT = Path.of("target", "screenshots");
    /** The pictures the README shows: drawn again by every full test run, so they never fall behind the screens. */
    private static final Path README = Path.of("docs", "screens");

    private ScreenPictures() {
    }

    public static String css() {
        return ScreenPictures.class.getResource("/cn/screening/workstation/ui/app.css").toExternalForm();
    }

    public static BufferedImage take(Stage stage, String name) throws IOException {
        return take(stage.getScene(), name);
    }

    /** A picture for the README (docs/screens/), besides target/screenshots/. */
    public static void forReadme(Stage stage, String name) throws IOException {
        BufferedImage picture = take(stage, name);
        Files.createDirectories(README);
        ImageIO.write(picture, "png", README.resolve(name).toFile());
    }

    public static BufferedImage take(Scene scene, String name) throws IOException {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        BufferedImage picture = SwingFXUtils.fromFXImage(image, null);
        assertThat(picture.getWidth()).isEqualTo((int) scene.getWidth());
        Files.createDirectories(OUT);
        ImageIO.write(picture, "png", OUT.resolve(name).toFile());
        return picture;
    }
}
