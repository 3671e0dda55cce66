package cn.screening.workstation.cli;

import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.domain.user.UserAccount;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.Texts;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `user add` / `user list`: account administration for administrators (--user must be one). */
@Command(name = "user", description = "manage accounts", subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
final class UserCommand {

    static final String NEW_PASSWORD_ENV = "SCREENING_NEW_PASSWORD";

    @ParentCommand
    RootCommand root;

    enum RoleName { township_doctor, county_doctor, designated_lab, designated_physician, bureau_officer, admin }

    @Command(name = "add", description = "add an account; its password comes from SCREENING_NEW_PASSWORD or a prompt")
    static final class Add implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--username", required = true)
        String username;
        @Option(names = "--name", required = true, description = "the person's full name")
        String displayName;
        @Option(names = "--role", required = true, description = "township_doctor | county_doctor | designated_lab | designated_physician | bureau_officer | admin")
        RoleName role;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                char[] pw = ctx.password(NEW_PASSWORD_ENV, "cli.password.newUser");
                UserAccount u = new Accounts(ws).add(username, displayName, Role.valueOf(role.name().toUpperCase()), pw);
                spec.commandLine().getOut().println(ctx.texts.get("cli.user.added", u.username(), roleLabel(ctx, u.role())));
                return 0;
            });
        }
    }

    /** The role as the window names it (县医院医生 …), from the window's own bundle. */
    static String roleLabel(CliContext ctx, Role role) {
        return Texts.bundle("cn.screening.workstation.i18n.ui", ctx.texts.locale()).getString("Role." + role.name());
    }

    @Command(name = "list", description = "list accounts")
    static final class ListUsers implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CliContext ctx = new CliContext(parent.root);
            return ctx.asUser(spec.commandLine().getErr(), ws -> {
                PrintWriter out = spec.commandLine().getOut();
                for (UserAccount u : new Accounts(ws).list()) {
                    out.printf("%s\t%s\t%s\t%s%n", u.username(), u.displayName(), u.role().name(), u.active() ? "active" : "inactive");
                }
                return 0;
            });
        }
    }
}
