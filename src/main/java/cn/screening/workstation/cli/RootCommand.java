package cn.screening.workstation.cli;

import cn.screening.workstation.server.admin.Environment;
import cn.screening.workstation.server.admin.ServerCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** `screening-workstation [--data DIR] [--user NAME] [SUBCOMMAND]`: no sub-command opens the window. */
// --help and --version inherited, so `server --help` or `user add --help` answer too
@Command(name = "screening-workstation", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = cn.screening.workstation.protocol.Release.CURRENT,
        description = "县域筛查转诊工作站 County Screening Workstation",
        subcommands = {SetupCommand.class, UserCommand.class, ImportCommand.class, ExportCommand.class, EnrolCommand.class,
                SyncCommand.class, SettingsCommand.class, ServerCommand.class, BenchCommand.class, StoreCommand.class, LedgerCommand.class,
                ReportCommand.class, DemoCommand.class, AuditCommand.class, BackupCommand.class})
public final class RootCommand implements Callable<Integer>, Environment {

    public static final Path DEFAULT_DATA_FOLDER = Path.of(System.getProperty("user.home"), ".screening-workstation");

    @Option(names = "--data", scope = ScopeType.LOCAL,
            description = "data folder (default: ~/.screening-workstation); before `server`: the server's folder")
    Path data;

    @Option(names = "--user", scope = ScopeType.LOCAL, description = "account for headless commands; its password comes from SCREENING_PASSWORD or a prompt")
    String user;

    @Option(names = "--lang", scope = ScopeType.LOCAL, description = "zh (default) or en")
    String lang;

    private final GuiLauncher gui;
    private final UnaryOperator<String> environment;

    public RootCommand(GuiLauncher gui) {
        this(gui, System::getenv);
    }

    /** @param environment where passwords are read from (the process environment; a map in tests) */
    public RootCommand(GuiLauncher gui, UnaryOperator<String> environment) {
        this.gui = gui;
        this.environment = environment;
    }

    /** The command line as the program runs it (enum values in any case); tests build theirs here too. */
    public static picocli.CommandLine commandLine(GuiLauncher gui, UnaryOperator<String> environment) {
        picocli.CommandLine cl = new picocli.CommandLine(new RootCommand(gui, environment));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** A variable of the environment the command runs in (secrets are passed this way, never as arguments). */
    @Override
    public String env(String name) {
        return environment.apply(name);
    }

    /** Starts the desktop window; given by the app so the CLI does not depend on the UI. */
    @FunctionalInterface
    public interface GuiLauncher {
        void launch(Path dataFolder, String language);
    }

    @Override
    public Integer call() {
        gui.launch(dataFolder(), lang);
        return 0;
    }

    /** --data as typed before the sub-command, or null: `server` uses it when it names no store of its own. */
    @Override
    public Path dataOption() {
        return data;
    }

    public Path dataFolder() {
        return data != null ? data : DEFAULT_DATA_FOLDER;
    }
}
