package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.Actor;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `audit verify` on a real data folder whose audit lines were then edited, deleted or reordered with
 * SQL, as someone holding the store's key could: each is reported at the line where it was done.
 */
class AuditVerifyCommandLineTest {

    @TempDir
    Path dir;
    final HeadlessCli cli = new HeadlessCli();
    String data;

    @BeforeEach
    void aCountyHospitalWithAnImport() {
        data = dir.resolve("data").toString();
        cli.env.put("SCREENING_PASSWORD", TestSites.ADMIN_PASSWORD);
        assertThat(cli.run("--data", data, "setup", "--type", "county", "--division", "210727", "--name", "义县人民医院",
                "--admin", "admin")).as(cli.err::toString).isZero();
        cli.env.put("SCREENING_NEW_PASSWORD", "doctor-pass-1");
        assertThat(cli.run("--data", data, "--user", "admin", "user", "add", "--username", "doctor", "--name", "李医生",
                "--role", "county_doctor")).isZero();
        cli.env.put("SCREENING_PASSWORD", "doctor-pass-1");
        // a bulk import: one audit line per batch, chained like any other
        assertThat(cli.run("--data", data, "--user", "doctor", "import", "patients", "--file", "samples/patients-yixian.csv",
                "--report", dir.resolve("report.csv").toString())).isZero();
    }

    @Test
    void anUntouchedChainIsIntact() {
        assertThat(cli.run("--data", data, "--user", "doctor", "audit", "verify")).isZero();
        // counted after one more login (the helper's own), so the chain verified was one line shorter
        long lines = sql("SELECT COUNT(*) FROM audit_log") - 1;
        assertThat(cli.out.toString().strip()).isEqualTo("审计链完整，共 " + lines + " 条");
        assertThat(lines).isGreaterThan(5);
    }

    @Test
    void anEditedLineIsReportedAtItsNumber() {
        sql("UPDATE audit_log SET detail = 'nothing here' WHERE chain_no = 3");
        assertBrokenAt(3, "内容与其链值不符");
    }

    @Test
    void aDeletedLineIsReportedAtItsNumber() {
        sql("DELETE FROM audit_log WHERE chain_no = 4");
        assertBrokenAt(4, "这一条已被删除");
    }

    @Test
    void reorderedLinesAreReportedWhereTheOrderChanges() {
        sql("UPDATE audit_log SET chain_no = -1 WHERE chain_no = 3");
        sql("UPDATE audit_log SET chain_no = 3 WHERE chain_no = 4");
        sql("UPDATE audit_log SET chain_no = 4 WHERE chain_no = -1");
        assertBrokenAt(3, "与前一条的链接不符");
    }

    @Test
    void deletedNewestLinesAreReported() {
        long last = sql("SELECT MAX(chain_no) FROM audit_log");
        sql("DELETE FROM audit_log WHERE chain_no >= " + (last - 1));
        // the command logs in first: its LOGIN line goes on after the head, so the hole is at last - 1
        assertBrokenAt(last - 1, "这一条已被删除");
    }

    @Test
    void aLineWrittenAroundTheChainIsReported() {
        long last = sql("SELECT MAX(chain_no) FROM audit_log");
        sql("INSERT INTO audit_log (at, username, site_code, action) VALUES (CURRENT_TIMESTAMP, 'doctor', '210727-C', 'VIEW')");
        // after the two logins since (the insert's and the verify's), the stray line comes third
        assertBrokenAt(last + 3, "不在链上");
    }

    private void assertBrokenAt(long chainNo, String what) {
        assertThat(cli.run("--data", data, "--user", "doctor", "audit", "verify")).isEqualTo(AuditCommand.EXIT_BROKEN);
        assertThat(cli.err.toString()).startsWith("审计链在第 " + chainNo + " 条处断开（").contains(what);
        assertThat(cli.out.toString()).isEmpty();
    }

    /** Runs one statement as someone with the key and a SQL tool would (logging in only to open the store). */
    private long sql(String statement) {
        try (Workspace ws = TestSites.login(TestSites.workstation(Path.of(data)), "doctor", "doctor-pass-1")) {
            return ws.database().write(Actor.SYSTEM, tx -> {
                try (var st = tx.connection().createStatement()) {
                    if (st.execute(statement)) {
                        try (var rs = st.getResultSet()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                    return (long) st.getUpdateCount();
                }
            });
        }
    }
}
