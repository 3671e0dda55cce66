package cn.screening.workstation.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.report.ReportColumns;
import cn.screening.workstation.domain.report.ReportFigures;
import cn.screening.workstation.domain.report.ReportPeriod;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report monthly} writes the workbook (one Chinese-named sheet per table, frozen header, numbers
 * as numbers, yuan with two decimals) and the A4 landscape PDF (tables, signature lines, stamp box,
 * font embedded), both read back, both audited; LibreOffice, where installed, reads the same totals.
 */
class MonthlyReportExportTest {

    static final ReportPeriod APRIL = ReportPeriod.parse("2026-04").orElseThrow();

    @TempDir
    Path dir;
    ReportFixture f;

    @BeforeEach
    void open() {
        f = new ReportFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everySheetAndEveryPageCarriesWhoExportedItWhenAndWhatFor() throws IOException {
        Path xlsx = dir.resolve("月报.xlsx");
        Path pdf = dir.resolve("月报.pdf");
        f.services.monthlyReports().export(APRIL, xlsx, pdf);
        // the PDF draws the full-width spaces between the parts as plain ones
        String mark = "导出人：.+（.+）[　 ]时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}[　 ]用途：一般用途";
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetAt(i).getFooter().getLeft()).as(wb.getSheetName(i)).matches(mark);
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4); // three tables and the dashboard's charts
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(page);
                text.setEndPage(page);
                assertThat(text.getText(doc)).as("page " + page).containsPattern(mark);
            }
        }
    }

    @Test
    void theWorkbookHoldsEveryTableAsNumbersAndThePdfTheTablesAndSignatures() throws IOException {
        Path xlsx = dir.resolve("月报.xlsx");
        Path pdf = dir.resolve("月报.pdf");
        ReportState s = f.services.monthlyReports().export(APRIL, xlsx, pdf);
        ReportFigures figures = s.shown();
        long totalFen = figures.table("A").figure("total", ReportColumns.TOTAL_COST).value();
        assertThat(totalFen).isPositive();

        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
                    .containsExactly("表A 按病种统计", "表B 按乡镇统计", "表C 按定点医院统计");
            Sheet a = wb.getSheetAt(0);
            assertThat(a.getPaneInformation().isFreezePane()).isTrue();
            assertThat(a.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row head = a.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("病种");
            int costColumn = figures.table("A").column(ReportColumns.TOTAL_COST) + 1;
            assertThat(head.getCell(costColumn).getStringCellValue()).isEqualTo("总费用（元）");
            Row total = a.getRow(a.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(costColumn).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(total.getCell(costColumn).getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP))
                    .isEqualTo(BigDecimal.valueOf(totalFen, 2));
            assertThat(total.getCell(costColumn).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            int certified = figures.table("A").column(ReportColumns.CERTIFIED) + 1;
            assertThat((long) total.getCell(certified).getNumericCellValue())
                    .isEqualTo(figures.table("A").figure("total", ReportColumns.CERTIFIED).value());
            Sheet c = wb.getSheetAt(2);
            assertThat((long) c.getRow(c.getLastRowNum()).getCell(1).getNumericCellValue())
                    .isEqualTo(figures.table("C").figure("total", ReportColumns.STAYS).value());
        }

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isGreaterThan(first.getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("农村贫困人口大病专项救治情况统计月报表", "报告期：2026-04", "表A 按病种统计", "表B 按乡镇统计",
                    "表C 按定点医院统计", "合计", "填报人", "审核人", "负责人", "单位盖章", "草稿");
            PDFTextStripper charts = new PDFTextStripper();
            charts.setStartPage(4);
            assertThat(charts.getText(doc)).contains("统计看板：截至 2026-04 的近12个月", "救治对象状态（各月末）", "待救治", "已救治",
                    "救治率与自付比例（按病种，2026-04）", "自付比例", "标本周转时间（采血至接收）", "中位数", "第90百分位",
                    "转诊闭环时间（上转至下转接收或结案）", "（本期无数据）", "25-05", "26-04", "第 4 页 / 共 4 页");
            for (PDPage p : doc.getPages()) {
                for (var name : p.getResources().getFontNames()) {
                    PDFont font = p.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }

        List<AuditEntry> audit = f.ws.database().read(tx -> f.ws.audit().latest(tx, 10));
        assertThat(audit).filteredOn(e -> e.action() == AuditAction.EXPORT && "monthly_report".equals(e.entityType()))
                .extracting(AuditEntry::entityId).contains("月报.xlsx", "月报.pdf");
    }

    /** LibreOffice reads the workbook's totals back; on CI it must be installed (.ci/run), elsewhere the test skips without it. */
    @Test
    @Tag("slow")
    void libreOfficeReadsTheTotalsBack() throws Exception {
        Path soffice = soffice();
        Path xlsx = dir.resolve("report.xlsx");
        ReportFigures figures = f.services.monthlyReports().export(APRIL, xlsx, null).shown();
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir",
                dir.resolve("csv").toString(), xlsx.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        Path sheetA = dir.resolve("csv").resolve("report-表A 按病种统计.csv");
        List<String> lines = Files.readAllLines(sheetA, StandardCharsets.UTF_8);
        String[] total = lines.get(lines.size() - 1).split(",");
        assertThat(total[0]).isEqualTo("合计");
        int cost = figures.table("A").column(ReportColumns.TOTAL_COST) + 1;
        assertThat(new BigDecimal(total[cost]).setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualTo(BigDecimal.valueOf(figures.table("A").figure("total", ReportColumns.TOTAL_COST).value(), 2));
        int certified = figures.table("A").column(ReportColumns.CERTIFIED) + 1;
        assertThat(Long.parseLong(total[certified])).isEqualTo(figures.table("A").figure("total", ReportColumns.CERTIFIED).value());
    }

    private static Path soffice() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dirName, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assertThat(ci).as("CI must have LibreOffice (libreoffice-calc-nogui in .ci/run)").isFalse();
        Assumptions.abort("LibreOffice (soffice) is not installed here");
        return null;
    }
}
