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

/** `ledger import` and `export ledger` as a county clerk types them, on a real data folder. */
class LedgerCommandLineTest {

    @TempDir
    Path dir;
    final HeadlessCli cli = new HeadlessCli();
    final Map<String, String> env = cli.env;
    final StringWriter out = cli.out;
    final StringWriter err = cli.err;

    int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aSettlementListIsImportedOnceAndExported() throws Exception {
        String data = dir.resolve("data").toString();
        env.put("SCREENING_PASSWORD", "admin-pass-1");
        assertThat(run("--data", data, "setup", "--type", "county", "--division", "210727", "--name", "义县人民医院", "--admin", "admin"))
                .isZero();
        env.put("SCREENING_NEW_PASSWORD", "doctor-pass-1");
        assertThat(run("--data", data, "--user", "admin", "user", "add", "--username", "doctor", "--name", "李医生",
                "--role", "county_doctor")).isZero();
        env.put("SCREENING_PASSWORD", "doctor-pass-1");
        Path report = dir.resolve("report.csv");
        assertThat(run("--data", data, "--user", "doctor", "import", "patients", "--file", "samples/patients-yixian.csv",
                "--report", report.toString())).isZero();

        assertThat(run("--data", data, "--user", "doctor", "ledger", "import", "--file", "samples/settlement-yixian.xlsx", "--dry-run",
                "--report", report.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("rows=334 imported=323 skipped=1 errors=10 opened=127 dry_run=true");
        assertThat(run("--data", data, "--user", "doctor", "ledger", "import", "--file", "samples/settlement-yixian.csv",
                "--report", report.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("rows=334 imported=323 skipped=1 errors=10 opened=127");
        assertThat(Files.readAllLines(report, StandardCharsets.UTF_8)).anyMatch(l -> l.startsWith("115,error,转诊证明编号,"));
        assertThat(run("--data", data, "--user", "doctor", "ledger", "import", "--file", "samples/settlement-yixian.csv",
                "--report", report.toString())).isZero();
        assertThat(out.toString()).contains("imported=0 skipped=324");

        Path export = dir.resolve("ledger.csv");
        assertThat(run("--data", data, "--user", "doctor", "export", "ledger", "--out", export.toString())).isZero();
        assertThat(out.toString()).contains("rows=323");
        List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(324);
        // the month's file holds exactly the full export's lines discharged in that month
        int discharged = List.of(lines.get(0).split(",")).indexOf("出院日期");
        String month = lines.stream().skip(1).map(l -> l.split(",")[discharged]).filter(d -> !d.isEmpty()).findFirst()
                .orElseThrow().substring(0, 7);
        long inMonth = lines.stream().skip(1).filter(l -> l.split(",")[discharged].startsWith(month)).count();
        Path monthly = dir.resolve("ledger-month.csv");
        assertThat(run("--data", data, "--user", "doctor", "export", "ledger", "--period", month, "--out", monthly.toString())).isZero();
        List<String> monthLines = Files.readAllLines(monthly, StandardCharsets.UTF_8);
        assertThat(monthLines).hasSize((int) inMonth + 1).isSubsetOf(lines);
        assertThat(inMonth).isBetween(1L, 322L);
        assertThat(run("--data", data, "--user", "doctor", "export", "ledger", "--period", "2026-13", "--out", monthly.toString()))
                .isEqualTo(CliContext.EXIT_REFUSED);
        // the administrator keeps no ledger: refused in a Chinese sentence
        env.put("SCREENING_PASSWORD", "admin-pass-1");
        assertThat(run("--data", data, "--user", "admin", "ledger", "import", "--file", "samples/settlement-yixian.csv",
                "--report", report.toString())).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("当前角色无权执行此操作（KEEP_LEDGER）");
    }

    @Test
    void aBureauIsSetUpAtItsCountyAndImportsNothing() {
        String data = dir.resolve("bureau").toString();
        env.put("SCREENING_PASSWORD", "admin-pass-1");
        assertThat(run("--data", data, "setup", "--type", "bureau", "--division", "210727101", "--name", "义县卫生健康局",
                "--admin", "admin")).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("县卫生健康局须选择到县（区）一级");
        assertThat(run("--data", data, "setup", "--type", "bureau", "--division", "210727", "--name", "义县卫生健康局",
                "--admin", "admin")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("210727-B");
        env.put("SCREENING_NEW_PASSWORD", "officer-pass-1");
        assertThat(run("--data", data, "--user", "admin", "user", "add", "--username", "officer", "--name", "赵科长",
                "--role", "bureau_officer")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("县卫生健康局");
        env.put("SCREENING_PASSWORD", "officer-pass-1");
        assertThat(run("--data", data, "--user", "officer", "import", "patients", "--file", "samples/patients-yixian.csv",
                "--report", dir.resolve("r.csv").toString())).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("当前角色无权执行此操作");
        // the administrator's role imports lists, but not at a bureau
        env.put("SCREENING_PASSWORD", "admin-pass-1");
        assertThat(run("--data", data, "--user", "admin", "import", "patients", "--file", "samples/patients-yixian.csv",
                "--report", dir.resolve("r.csv").toString())).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(err.toString()).contains("县卫生健康局只查看、核对认定和上报，不能执行此操作（IMPORT）");
    }
}
