package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.AcknowledgingWriter;
import cn.screening.workstation.service.TestSites;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `backup create` and `backup restore` as a script runs them, and `backup create` beside a running workstation. */
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

    @Test
    void whileAWorkstationHoldsTheStoreTheCommandSaysTheWindowBacksUp() throws Exception {
        Process window = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), AcknowledgingWriter.class.getName(),
                site.toString(), "1")).redirectError(dir.resolve("writer.log").toFile()).start();
        try (BufferedReader saved = new BufferedReader(new InputStreamReader(window.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(saved.readLine()).as("the other workstation saved a case").startsWith("saved ");
            Path file = dir.resolve("b.scbak");
            assertThat(cli.run("--data", site.toString(), "--user", "admin", "backup", "create", "--out", file.toString(),
                    "--recovery-password-file", password.toString())).isEqualTo(CliContext.EXIT_REFUSED);
            assertThat(cli.err.toString()).contains("工作站窗口正打开着数据库").contains("自动备份");
            assertThat(file).doesNotExist();
        } finally {
            assertThat(window.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }
}
