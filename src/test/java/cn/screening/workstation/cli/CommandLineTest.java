package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands as a clerk types them, against a real data folder. */
class CommandLineTest {

    @TempDir
    Path dir;
    final HeadlessCli cli = new HeadlessCli();
    final Map<String, String> env = cli.env;
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;

    int run(String... args) {
        return cli.run(args);
    }

    String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void setupUserImportAndExportFromTheCommandLine() throws Exception {
        env.put("SCREENING_PASSWORD", "admin-pass-1");
        assertThat(run("--data", data(), "setup", "--type", "county", "--division", "210727", "--name", "义县人民医院",
                "--admin", "admin")).isZero();
        assertThat(out.toString()).contains("义县人民医院").contains("210727-C");

        env.put("SCREENING_NEW_PASSWORD", "doctor-pass-1");
        assertThat(run("--data", data(), "--user", "admin", "user", "add", "--username", "doctor", "--name", "李医生",
                "--role", "county_doctor")).isZero();
        assertThat(out.toString()).contains("doctor").contains("县医院医生").doesNotContain("COUNTY_DOCTOR");
        assertThat(run("--data", data(), "--user", "admin", "user", "list")).isZero();
        assertThat(out.toString()).contains("doctor").contains("COUNTY_DOCTOR");

        env.put("SCREENING_PASSWORD", "doctor-pass-1");
        Path report = dir.resolve("report.csv");
        assertThat(run("--data", data(), "--user", "doctor", "import", "patients", "--file", "samples/patients-yixian-gbk.csv",
                "--dry-run", "--report", report.toString())).isZero();
        assertThat(out.toString()).contains("imported=0").contains("importable=224");
        assertThat(run("--data", data(), "--user", "doctor", "import", "patients", "--file", "samples/patients-yixian.xlsx",
                "--report", report.toString())).isZero();
        assertThat(out.toString()).contains("rows=230 imported=224");
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines).anyMatch(l -> l.startsWith("27,error,"));

        Path export = dir.resolve("patients.csv");
        assertThat(run("--data", data(), "--user", "doctor", "export", "patients", "--out", export.toString())).isZero();
        assertThat(Files.readAllLines(export, StandardCharsets.UTF_8)).hasSize(225);
    }

    @Test
    void refusalsAreChineseSentencesWithANonZeroExit() {
        env.put("SCREENING_PASSWORD", "admin-pass-1");
        assertThat(run("--data", data(), "--user", "admin", "user", "list")).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("尚未初始化");
        assertThat(run("--data", data(), "setup", "--type", "township", "--division", "210727", "--name", "某卫生院",
                "--admin", "admin")).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("9位区划代码");
        assertThat(run("--data", data(), "setup", "--type", "county", "--division", "210799", "--name", "某医院",
                "--admin", "admin")).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("不在GB/T 2260");
        assertThat(run("--data", data(), "setup", "--type", "county", "--division", "210727", "--name", "义县人民医院",
                "--admin", "admin")).isZero();
        env.put("SCREENING_PASSWORD", "wrong-pass-1");
        assertThat(run("--data", data(), "--user", "admin", "user", "list")).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("用户名或密码错误，还可尝试4次");
        env.remove("SCREENING_PASSWORD");
        assertThat(run("--data", data(), "--user", "admin", "user", "list")).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("SCREENING_PASSWORD");
        env.put("SCREENING_PASSWORD", "admin-pass-1");
        assertThat(run("--data", data(), "--user", "admin", "import", "patients", "--file", "pom.xml", "--report",
                dir.resolve("r.csv").toString())).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).isNotBlank();
    }
}
