package cn.screening.workstation.cli;

import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.service.Backups;
import cn.screening.workstation.service.RestoreCheck;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.WindowBackupClient;
import cn.screening.workstation.service.WindowBackups;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.store.StoreOptions;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `backup create` and `backup restore`: one encrypted file that a recovery password opens (decision 0019). */
@Command(name = "backup", description = "back the data folder up to one encrypted file, or restore one",
        subcommands = {BackupCommand.Create.class, BackupCommand.Restore.class})
final class BackupCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "create", description = {
        "Writes the store, keyring and settings to one file encrypted under the data key, which the file's",
        "header holds wrapped for a recovery password (typed twice, or --recovery-password-file).",
        "Needs an administrator. While the workstation window holds the store, the window is asked to make",
        "the backup over its owner-only control socket, and checks the account as a login does."})
    static final class Create implements Callable<Integer> {
        @ParentCommand
        BackupCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", required = true, description = "the backup file to write (never overwritten)")
        Path out;
        @Option(names = "--recovery-password-file", description = "a file holding only the recovery password (for scripts)")
        Path passwordFile;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.run(spec.commandLine().getErr(), () -> {
                ctx.requireUser();
                Optional<WindowBackupClient> window = WindowBackupClient.connect(ctx.workstation.folder());
                if (window.isPresent()) {
                    try (WindowBackupClient w = window.get()) {
                        return askTheWindow(ctx, w);
                    }
                }
                Workspace ws = loginUnlessWindowOpen(ctx);
                try {
                    ws.session().require(Permission.MANAGE_SETTINGS);
                    char[] recovery = recoveryPassword(ctx, passwordFile, true);
                    Backups.Made made = backups().create(ws, out, recovery);
                    Arrays.fill(recovery, '\0');
                    spec.commandLine().getOut().println(ctx.texts.get("cli.backup.made", made.file(), made.tables(),
                            String.valueOf(made.rows()), String.valueOf(made.bytes())));
                    return 0;
                } finally {
                    ws.close();
                }
            });
        }

        /** The window holds the store: it checks the account as a login does and makes the backup (decision 0024). */
        private int askTheWindow(CliContext ctx, WindowBackupClient window) {
            char[] password = ctx.password(CliContext.PASSWORD_ENV, "cli.password.prompt");
            char[] recovery = recoveryPassword(ctx, passwordFile, true);
            WindowBackups.Answer a = window.ask(new WindowBackups.Request(parent.root.user, password, recovery,
                    out.toAbsolutePath().toString(), ctx.texts.locale().getLanguage()));
            if (!a.ok()) {
                spec.commandLine().getErr().println(a.error());
                return a.failed() ? CliContext.EXIT_FAILED : CliContext.EXIT_REFUSED;
            }
            spec.commandLine().getOut().println(ctx.texts.get("cli.backup.made", a.file(), a.tables(),
                    String.valueOf(a.rows()), String.valueOf(a.bytes())));
            return 0;
        }
    }

    @Command(name = "restore", description = {
        "Restores a backup file into an empty data folder (it refuses a folder that holds a store), checks",
        "that every table has the rows it had at the backup, and brings back the keyring as it was: the",
        "accounts log in with their old passwords. Asks for the recovery password."})
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        BackupCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--file", required = true, description = "the backup file")
        Path file;
        @Option(names = "--data", required = true, description = "the folder to restore into (must hold no store)")
        Path target;
        @Option(names = "--recovery-password-file", description = "a file holding only the recovery password (for scripts)")
        Path passwordFile;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.run(spec.commandLine().getErr(), () -> {
                char[] recovery = recoveryPassword(ctx, passwordFile, false);
                Backups.Restored r = backups().restore(file, recovery, target, Clock.systemDefaultZone());
                Arrays.fill(recovery, '\0');
                String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(r.created());
                spec.commandLine().getOut().println(ctx.texts.get("cli.backup.restored", r.folder(), r.siteName(), at,
                        r.tables(), String.valueOf(r.rows())));
                return 0;
            });
        }
    }

    private static Backups backups() {
        return new Backups(LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, RestoreCheck.TABLES);
    }

    /** The store is held but no window answered on its socket (not yet listening, or an older release): say what to do. */
    private static Workspace loginUnlessWindowOpen(CliContext ctx) {
        try {
            return ctx.login();
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.LOCKED) {
                throw new ServiceException("error.backup.windowOpen");
            }
            throw e;
        }
    }

    /** From the file when given (its first line), else typed on the console (twice when making a backup). */
    static char[] recoveryPassword(CliContext ctx, Path file, boolean confirm) {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                return text.toCharArray();
            } catch (IOException e) {
                throw new ServiceException("error.backup.noFile", file.toString());
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new ServiceException("cli.backup.noRecoveryPassword");
        }
        char[] first = console.readPassword("%s", ctx.texts.get("cli.backup.recoveryPrompt"));
        if (first == null || first.length == 0) {
            throw new ServiceException("cli.backup.noRecoveryPassword");
        }
        if (confirm) {
            char[] again = console.readPassword("%s", ctx.texts.get("cli.backup.recoveryAgain"));
            if (!Arrays.equals(first, again)) {
                throw new ServiceException("error.backup.recoveryMismatch");
            }
        }
        return first;
    }
}
