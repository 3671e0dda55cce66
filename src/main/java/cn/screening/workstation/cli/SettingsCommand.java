package cn.screening.workstation.cli;

import cn.screening.workstation.sync.SyncApi;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `settings set server URL`: a new address for the provincial server, keeping the device's enrolment. */
@Command(name = "settings", description = "change workstation settings", subcommands = SettingsCommand.Set.class)
final class SettingsCommand {

    @ParentCommand
    RootCommand root;

    enum Key { server }

    @Command(name = "set", description = "set a setting: `set server URL` (as --user, an administrator)")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        SettingsCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", description = "server")
        Key key;
        @Parameters(index = "1", description = "the new value")
        String value;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                ctx.services(ws).syncSetup(SyncApi.create(SyncApi.Timeouts.DEFAULT)).changeServer(value);
                spec.commandLine().getOut().println(ctx.texts.get("sync.server.changed", value.trim()));
                return 0;
            });
        }
    }
}
