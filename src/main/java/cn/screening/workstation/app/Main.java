package cn.screening.workstation.app;

import cn.screening.workstation.cli.RootCommand;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Entry point of the one jar: with a sub-command it works headless; without one it opens the
 * window. A plain class (not the Application) so the shaded jar starts JavaFX from the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Optional<WindowStart> window = WindowStart.of(args);
        if (window.isPresent()) {
            GuiLauncher.launch(window.get().dataFolder(), window.get().language());
            System.exit(0);
        }
        // the window, when opened, has closed by the time execute returns
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return RootCommand.commandLine(GuiLauncher::launch, System::getenv);
    }
}
