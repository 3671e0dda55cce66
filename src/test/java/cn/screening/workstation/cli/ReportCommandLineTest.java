package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `report monthly|submit|revise|list` as a county clerk types them, on a real data folder with the sample ledger. */
@Tag("slow")
class ReportCommandLineTest {

    @TempDir
    Path dir;
    final HeadlessCli cli = new HeadlessCli();
    final Map<String, String> env = cli.env;

    int run(String... args) {
        return cli.run(args);
    }

    @Test
    void theReportIsBuiltSubmittedRevisedAndListed() throws Exception {
        String data = dir.resolve("data").toString();
        env.put("SCREENING_PASSWORD", "admin-pass-1");
        assertThat(run("--data", data, "setup", "--type", "county", "--division", "210727", "--name", "义县人民医院", "--admin", "admin"))
                .isZero();
        env.put("SCREENING_NEW_PASSWORD", "doctor-pass-1");
        assertThat(run("--data", data, "--user", "admin", "user", "add", "--username", "doctor", "--name", "李医生",
                "--role", "county_doctor")).isZero();
        env.put("SCREENING_PASSWORD", "doctor-pass-1");
        Path importReport = dir.resolve("import.csv");
        assertThat(run("--data", data, "--user", "doctor", "import", "patients", "--file", "samples/patients-yixian.csv",
                "--report", importReport.toString())).isZero();
        assertThat(run("--data", data, "--user", "doctor", "ledger", "import", "--file", "samples/settlement-yixian.csv",
                "--report", importReport.toString())).isZero();

        Path xlsx = dir.resolve("月报.xlsx");
        Path pdf = dir.resolve("月报.pdf");
        assertThat(run("--data", data, "--user", "doctor", "report", "monthly", "--period", "2026-13", "--out", xlsx.toString()))
                .isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(cli.err.toString()).contains("报告期格式错误：“2026-13”");
        assertThat(Files.exists(xlsx)).isFalse();

        assertThat(run("--data", data, "--user", "doctor", "report", "monthly", "--period", "2026-11", "--out", xlsx.toString(),
                "--pdf", pdf.toString())).isZero();
        assertThat(cli.out.toString()).contains("period=2026-11 status=草稿 version=1");
        assertThat(Files.size(xlsx)).isPositive();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // three tables, then the dashboard's charts page drawn without a window
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(4);
            assertThat(lastPage.getText(doc)).contains("统计看板：截至 2026-11 的近12个月", "救治对象状态（各月末）",
                    "救治率与自付比例（按病种，2026-11）", "标本周转时间（采血至接收）", "转诊闭环时间", "25-12", "26-11");
        }

        assertThat(run("--data", data, "--user", "doctor", "report", "submit", "--period", "2026-11")).isZero();
        assertThat(cli.out.toString()).contains("period=2026-11 status=已提交 version=1 submitted=");
        assertThat(run("--data", data, "--user", "doctor", "report", "submit", "--period", "2026-11")).isEqualTo(CliContext.EXIT_REFUSED);
        assertThat(cli.err.toString()).contains("2026-11 的月报表第 1 版已提交");

        assertThat(run("--data", data, "--user", "doctor", "report", "revise", "--period", "2026-11", "--reason", "补录出院病例")).isZero();
        assertThat(cli.out.toString()).contains("status=已提交 version=2").contains("reason=补录出院病例");
        assertThat(run("--data", data, "--user", "doctor", "report", "list")).isZero();
        assertThat(cli.out.toString().strip()).endsWith("reason=补录出院病例");
    }
}
