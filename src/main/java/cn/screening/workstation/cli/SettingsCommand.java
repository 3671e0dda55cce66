package cn.screening.workstation.cli;

import cn.screening.workstation.service.PrivacyChoices;
import cn.screening.workstation.service.PrivacySettings;
import cn.screening.workstation.sync.SyncApi;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `settings set server URL`: a new address for the provincial server, keeping the device's enrolment;
 * `settings privacy`: the administrator's retention settings.
 */
@Command(name = "settings", description = "change workstation settings", subcommands = {SettingsCommand.Set.class, SettingsCommand.Privacy.class})
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

    @Command(name = "privacy", description = "show or set the privacy settings (as --user, an administrator): "
            + "--export-retention-days N (files in the data folder's exports/ older than N days are removed at login; 0 keeps them), "
            + "--audit-retention-months M (recorded; audit lines are never deleted)")
    static final class Privacy implements Callable<Integer> {
        @ParentCommand
        SettingsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--export-retention-days")
        Integer exportDays;
        @Option(names = "--audit-retention-months")
        Integer auditMonths;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                PrivacyChoices choices = new PrivacyChoices(ws);
                PrivacySettings now = choices.load();
                if (exportDays != null || auditMonths != null) {
                    now = new PrivacySettings(exportDays != null ? exportDays : now.exportRetentionDays(),
                            auditMonths != null ? auditMonths : now.auditRetentionMonths());
                    choices.save(now); // audited, as the settings page's save is
                }
                spec.commandLine().getOut().println("export_retention_days=" + now.exportRetentionDays()
                        + " audit_retention_months=" + now.auditRetentionMonths());
                return 0;
            });
        }
    }
}
