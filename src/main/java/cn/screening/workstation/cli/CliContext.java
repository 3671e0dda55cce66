package cn.screening.workstation.cli;

import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.service.SettingsFile;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.store.StoreOptions;
import java.io.Console;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;

/** What every headless command needs: the data folder, texts in the user's language, passwords, a login. */
final class CliContext {

    static final String PASSWORD_ENV = "SCREENING_PASSWORD";
    static final int EXIT_REFUSED = 2;
    static final int EXIT_FAILED = 3;

    final RootCommand root;
    final Texts texts;
    final Workstation workstation;

    CliContext(RootCommand root) {
        this.root = root;
        String lang = root.lang != null ? root.lang : new SettingsFile(root.dataFolder()).load().language();
        this.texts = new Texts(Texts.localeOf(lang));
        this.workstation = new Workstation(root.dataFolder(), LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, Clock.systemDefaultZone());
    }

    /** The password of a headless command: SCREENING_PASSWORD, else a prompt on the console. */
    char[] password(String envVar, String promptKey) {
        String env = root.env(envVar);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new ServiceException("cli.password.none", envVar);
        }
        char[] pw = console.readPassword("%s", texts.get(promptKey));
        if (pw == null || pw.length == 0) {
            throw new ServiceException("cli.password.none", envVar);
        }
        return pw;
    }

    /** Logs in --user with its password; refuses with the reason. */
    Workspace login() {
        requireUser();
        return login(password(PASSWORD_ENV, "cli.password.prompt"));
    }

    /** The folder is set up and --user is given: what a login needs before its password. */
    void requireUser() {
        if (!workstation.isSetUp()) {
            throw new ServiceException("error.notSetUp");
        }
        if (root.user == null) {
            throw new ServiceException("cli.user.required");
        }
    }

    /** Logs --user in with a password already read; refuses with the reason. */
    Workspace login(char[] password) {
        requireUser();
        LoginResult r = workstation.login(root.user, password);
        if (r instanceof LoginResult.Success s) {
            return s.workspace();
        }
        throw new LoginRefused(texts.refusal(r, ZoneId.systemDefault()));
    }

    private RuleBook rules;

    RuleBook rules() {
        if (rules == null) {
            rules = RuleBook.defaults();
        }
        return rules;
    }

    /** The services of a logged-in workspace, under the built-in rules with its pulled reference data laid over them. */
    Services services(Workspace ws) {
        return new Services(ws, rules().forWorkspace(ws), texts, ZoneId.systemDefault());
    }

    /** A refused login, already put into words by {@link Texts#refusal}. */
    static final class LoginRefused extends RuntimeException {
        LoginRefused(String sentence) {
            super(sentence);
        }
    }

    /** Runs a command body, turning refusals into a sentence on stderr and an exit code. */
    int run(PrintWriter err, CommandBody body) {
        try {
            return body.run();
        } catch (ServiceException e) {
            err.println(texts.of(e));
            return EXIT_REFUSED;
        } catch (LoginRefused e) {
            err.println(e.getMessage());
            return EXIT_REFUSED;
        } catch (StoreException e) {
            LoggerFactory.getLogger(CliContext.class).info("store failure: {}", e.logLine());
            err.println(texts.of(e));
            return EXIT_FAILED;
        }
    }

    /** Logs --user in, runs the body with the workspace, closes it, and turns refusals into an exit code. */
    int asUser(PrintWriter err, WorkspaceBody body) {
        return run(err, () -> {
            try (Workspace ws = login()) {
                return body.run(ws);
            }
        });
    }

    @FunctionalInterface
    interface CommandBody {
        int run() throws ServiceException;
    }

    @FunctionalInterface
    interface WorkspaceBody {
        int run(Workspace ws) throws ServiceException;
    }
}
