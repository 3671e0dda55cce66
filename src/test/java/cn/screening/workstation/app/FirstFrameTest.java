package cn.screening.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.ui.UiTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login window's first frame waits for nothing it does not show: a fresh JVM starts the window
 * on a set-up folder as `java -jar` does, and its class-load log up to the moment the window is shown
 * holds the login page but not the FXML reader, the JSON object mapper or the rule book.
 */
@Tag("slow")
class FirstFrameTest {

    private static final String SHOWN = "cn.screening.workstation.app.StartupProbe$1 ";
    private static final List<String> FORWARDED = List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
            "java.awt.headless");

    @TempDir
    Path dir;

    @Test
    void nothingTheLoginPageDoesNotNeedIsLoadedBeforeItIsShown() throws Exception {
        Path folder = dir.resolve("data");
        UiTestSupport.setUpClinic(folder);
        List<String> before = classesLoadedBeforeShown(folder);

        assertThat(before).as("the login page is built before it is shown")
                .anyMatch(c -> c.equals("cn.screening.workstation.ui.login.LoginController"));
        assertThat(before).doesNotContain("javafx.fxml.FXMLLoader", "com.fasterxml.jackson.databind.ObjectMapper",
                "cn.screening.workstation.service.RuleBook", "cn.screening.workstation.domain.division.DivisionCatalogue");
    }

    private List<String> classesLoadedBeforeShown(Path folder) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + log + ":none", "-D" + StartupProbe.PROPERTY + "=true"));
        for (String p : FORWARDED) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data", folder.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the window reports its first frame and exits").isTrue();
        assertThat(Files.readString(dir.resolve("out.txt"))).containsPattern("(?m)^startup_ms=\\d+");

        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.contains(SHOWN)) {
                return loaded;
            }
            loaded.add(line.split(" ")[0]);
        }
        throw new AssertionError("the window was never shown");
    }
}
