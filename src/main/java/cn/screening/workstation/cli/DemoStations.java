package cn.screening.workstation.cli;

import cn.screening.workstation.server.Administration;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Sets up the workstation of each demonstration site with the program's own commands, in the order an
 * administrator would by hand: set up, enrol, add the staff, then (the county) import the sample lists and sync.
 */
final class DemoStations {

    private final Path dir;
    private final String serverUrl;
    private final Administration province;
    private final DemoPasswords passwords = new DemoPasswords();
    /** user@folder → password, in the order made. */
    private final Map<String, String> made = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    DemoStations(Path dir, String serverUrl, Administration province) {
        this.dir = dir;
        this.serverUrl = serverUrl;
        this.province = province;
    }

    /** Every site set up and synced; the county with the sample patient list and settlement list. */
    Map<String, String> setUp(Path samples) {
        for (DemoSite site : DemoSite.ALL) {
            setUpSite(site);
        }
        DemoSite county = DemoSite.county();
        String doctor = county.accounts().get(0).username();
        Path reports = dir.resolve("reports");
        createDirectories(reports);
        run(county, doctor, "import", "patients", "--file", samples.resolve(DemoSamples.PATIENTS).toString(),
                "--report", reports.resolve("patients-report.csv").toString());
        run(county, doctor, "ledger", "import", "--file", samples.resolve(DemoSamples.SETTLEMENT).toString(),
                "--report", reports.resolve("settlement-report.csv").toString());
        // the county's records go up first, so the bureau and the hospital find them on their first pull
        for (DemoSite site : DemoSite.ALL) {
            sync(site, site.accounts().get(0).username());
        }
        return made;
    }

    private static void createDirectories(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    List<String> warnings() {
        return warnings;
    }

    private void setUpSite(DemoSite site) {
        String adminPassword = remember(site, "admin");
        exec(Map.of(CliContext.PASSWORD_ENV, adminPassword), "--data", folder(site), "setup", "--type", site.type(),
                "--division", site.division(), "--name", site.name(), "--admin", "admin", "--admin-name", "管理员",
                "--site-code", site.code());
        exec(Map.of(CliContext.PASSWORD_ENV, adminPassword), "--data", folder(site), "--user", "admin", "enrol",
                "--server", serverUrl, "--code", province.enrolmentCode(site.code()), "--device-name", "演示-" + site.folder());
        for (DemoSite.Account a : site.accounts()) {
            exec(Map.of(CliContext.PASSWORD_ENV, adminPassword, UserCommand.NEW_PASSWORD_ENV, remember(site, a.username())),
                    "--data", folder(site), "--user", "admin", "user", "add", "--username", a.username(), "--name", a.name(),
                    "--role", a.role());
        }
        sync(site, "admin");
    }

    private void sync(DemoSite site, String user) {
        StringWriter err = new StringWriter();
        int code = execute(Map.of(CliContext.PASSWORD_ENV, made.get(key(site, user))), err,
                "--data", folder(site), "--user", user, "sync");
        if (code == SyncCommand.EXIT_WAITING) {
            warnings.add(site.name() + "：" + err.toString().strip());
        } else if (code != 0) {
            throw new DemoFailed(site.name() + " sync：" + err.toString().strip());
        }
    }

    private void run(DemoSite site, String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", folder(site), "--user", user));
        all.addAll(List.of(args));
        exec(Map.of(CliContext.PASSWORD_ENV, made.get(key(site, user))), all.toArray(String[]::new));
    }

    private void exec(Map<String, String> env, String... args) {
        StringWriter err = new StringWriter();
        if (execute(env, err, args) != 0) {
            throw new DemoFailed(String.join(" ", args) + "：" + err.toString().strip());
        }
    }

    private static int execute(Map<String, String> env, StringWriter err, String... args) {
        Map<String, String> vars = new HashMap<>(env);
        CommandLine cl = RootCommand.commandLine((folder, lang) -> {
            throw new IllegalStateException("the demonstration opens no window");
        }, vars::get);
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String remember(DemoSite site, String user) {
        String pw = passwords.next();
        made.put(key(site, user), pw);
        return pw;
    }

    static String key(DemoSite site, String user) {
        return user + "@" + site.folder();
    }

    private String folder(DemoSite site) {
        return dir.resolve(site.folder()).toString();
    }

    /** A step of the set-up that did not succeed, with the command's own sentence. */
    static final class DemoFailed extends RuntimeException {
        DemoFailed(String message) {
            super(message);
        }
    }
}
