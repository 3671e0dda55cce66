package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.AcknowledgingWriter;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditEntry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `backup create` and `backup restore` as a script runs them, and `backup create` asking a running workstation (decision 0024). */
class BackupCommandTest {

    @TempDir
    Path dir;
    Path site;
    Path password;
    final HeadlessCli cli = new HeadlessCli();

    @BeforeEach
    void setUp() throws Exception {
        site = dir.resolve("site");
        TestSites.countyHospital(site);
        password = dir.resolve("recovery.txt");
        Files.writeString(password, "recover-2026\n");
        cli.env.put("SCREENING_PASSWORD", TestSites.ADMIN_PASSWORD);
    }

    @Test
    void aBackupRestoresIntoAnEmptyFolderOnlyAndWithItsRecoveryPasswordOnly() throws Exception {
        Path file = dir.resolve("b.scbak");
        assertThat(cli.run("--data", site.toString(), "--user", "admin", "backup", "create", "--out", file.toString(),
                "--recovery-password-file", password.toString())).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).startsWith("已备份到 " + file);

        Path restored = dir.resolve("restored");
        assertThat(cli.run("backup", "restore", "--file", file.toString(), "--data", restored.toString(),
                "--recovery-password-file", password.toString())).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).startsWith("已恢复到 " + restored + "：义县人民医院");
        // the accounts log in with their old passwords
        assertThat(cli.run("--data", restored.toString(), "--user", "admin", "user", "list")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("doctor");

        assertThat(cli.run("backup", "restore", "--file", file.toString(), "--data", restored.toString(),
                "--recovery-password-file", password.toString())).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(cli.err.toString()).contains("目标文件夹已有数据库，恢复不会覆盖它");

        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "recover-2027");
        assertThat(cli.run("backup", "restore", "--file", file.toString(), "--data", dir.resolve("r2").toString(),
                "--recovery-password-file", wrong.toString())).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(cli.err.toString()).contains("恢复密码不正确");
        assertThat(dir.resolve("r2").resolve("keyring.json")).doesNotExist();
    }

    @Test
    void withoutAConsoleOrAFileTheRecoveryPasswordIsAskedForInWords() {
        assertThat(cli.run("--data", site.toString(), "--user", "admin", "backup", "create", "--out", dir.resolve("b").toString()))
                .isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(cli.err.toString()).contains("--recovery-password-file");
        assertThat(dir.resolve("b")).doesNotExist();
    }

    /**
     * Decision 0024: a workstation in another JVM holds the store, saves cases and listens on its control
     * socket; `backup create` asks it, and the account is checked there as a login checks it.
     */
    @Test
    void whileAWorkstationHoldsTheStoreTheWindowMakesTheBackupForTheCommandLine() throws Exception {
        Process window = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), AcknowledgingWriter.class.getName(),
                site.toString(), "1", "listen")).redirectError(dir.resolve("writer.log").toFile()).start();
        try (BufferedReader saved = new BufferedReader(new InputStreamReader(window.getInputStream(), StandardCharsets.UTF_8))) {
            Path socket = site.resolve("window.sock");
            assertThat(saved.readLine()).as("the other workstation listens").isEqualTo("listening " + socket.toAbsolutePath());
            assertThat(saved.readLine()).as("the other workstation saved a case").startsWith("saved ");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");

            Path file = dir.resolve("b.scbak");
            cli.env.put("SCREENING_PASSWORD", "not-the-password-1");
            assertThat(backUp(file, "admin")).isEqualTo(CliContext.EXIT_REFUSED);
            assertThat(cli.err.toString()).contains("用户名或密码错误");
            assertThat(file).doesNotExist();

            cli.env.put("SCREENING_PASSWORD", TestSites.DOCTOR_PASSWORD);
            assertThat(backUp(file, "doctor")).isEqualTo(CliContext.EXIT_REFUSED);
            assertThat(cli.err.toString()).contains("当前角色无权执行此操作");
            assertThat(file).doesNotExist();

            cli.env.put("SCREENING_PASSWORD", TestSites.ADMIN_PASSWORD);
            assertThat(backUp(file, "admin")).as(cli.err.toString()).isZero();
            assertThat(cli.out.toString()).startsWith("已备份到 " + file);
            assertThat(window.isAlive()).as("the window still holds the store").isTrue();

            // every table of the restored store has the rows of the snapshot (RestoreCheck), its audit chain is whole
            Path restored = dir.resolve("restored");
            assertThat(cli.run("backup", "restore", "--file", file.toString(), "--data", restored.toString(),
                    "--recovery-password-file", password.toString())).as(cli.err.toString()).isZero();
            List<AuditEntry> audit;
            try (Workspace ws = TestSites.login(TestSites.workstation(restored), "admin", TestSites.ADMIN_PASSWORD)) {
                audit = ws.database().read(tx -> ws.audit().latest(tx, 500));
            }
            assertThat(audit).as("the wrong password counted as a failed login, audited at the right one")
                    .anyMatch(e -> e.action() == AuditAction.LOGIN_FAILED && "admin".equals(e.entityId())
                            && "command line".equals(e.detail()));
            assertThat(audit).anyMatch(e -> e.action() == AuditAction.LOGIN && "admin".equals(e.username())
                    && "command line".equals(e.detail()));
            assertThat(audit).anyMatch(e -> e.action() == AuditAction.EXPORT && "admin".equals(e.username())
                    && ("backup b.scbak via command line").equals(e.detail()));

            // a window killed leaves its socket file: the command then opens the store itself
            window.destroyForcibly();
            assertThat(window.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(socket).exists();
            Path second = dir.resolve("after-kill.scbak");
            assertThat(backUp(second, "admin")).as(cli.err.toString()).isZero();
            assertThat(cli.out.toString()).startsWith("已备份到 " + second);
        } finally {
            assertThat(window.destroyForcibly().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** A window that holds the store but takes no requests (an older release, or not yet listening). */
    @Test
    void aWindowThatHoldsTheStoreButDoesNotListenIsNamedWithWhatToDo() throws Exception {
        Process window = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), AcknowledgingWriter.class.getName(),
                site.toString(), "1")).redirectError(dir.resolve("writer.log").toFile()).start();
        try (BufferedReader saved = new BufferedReader(new InputStreamReader(window.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(saved.readLine()).as("the other workstation saved a case").startsWith("saved ");
            Path file = dir.resolve("b.scbak");
            assertThat(backUp(file, "admin")).isEqualTo(CliContext.EXIT_REFUSED);
            assertThat(cli.err.toString()).contains("工作站窗口正打开着数据库，但没有应答").contains("立即备份");
            assertThat(file).doesNotExist();
        } finally {
            assertThat(window.destroyForcibly().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private int backUp(Path file, String user) {
        return cli.run("--data", site.toString(), "--user", user, "backup", "create", "--out", file.toString(),
                "--recovery-password-file", password.toString());
    }
}
