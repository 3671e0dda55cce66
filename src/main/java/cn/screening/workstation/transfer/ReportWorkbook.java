package cn.screening.workstation.transfer;

import cn.screening.workstation.domain.report.Figure;
import cn.screening.workstation.domain.report.ReportColumn;
import cn.screening.workstation.domain.report.ReportFigures;
import cn.screening.workstation.domain.report.ReportLine;
import cn.screening.workstation.domain.report.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly report as a workbook: one sheet per table named in Chinese, a bold frozen header row,
 * counts as whole numbers, amounts as yuan numbers shown with two decimals, rates as percentages
 * (an empty cell when there is nothing to divide by). Written whole or not at all.
 */
public final class ReportWorkbook {

    /** What the first column of each table lists. */
    private static final Map<String, String> LINE_HEADING = Map.of("A", "病种", "B", "乡镇", "C", "定点医院");

    public void write(Path target, ReportFigures figures) throws IOException {
        write(target, figures, null);
    }

    /** The workbook with the export's mark (who, when, what for) in every sheet's footer. */
    public void write(Path target, ReportFigures figures, String mark) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".report-", ".xlsx.part");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            for (ReportTable t : figures.tables()) {
                Sheet sheet = wb.createSheet(t.title());
                SheetFooter.mark(sheet, mark);
                sheet(sheet, t, styles);
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                wb.write(out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void sheet(Sheet sheet, ReportTable t, Styles styles) {
        Row head = sheet.createRow(0);
        text(head, 0, LINE_HEADING.getOrDefault(t.key(), ""), styles.bold);
        for (int i = 0; i < t.columns().size(); i++) {
            text(head, i + 1, t.columns().get(i).label(), styles.bold);
        }
        sheet.createFreezePane(1, 1);
        int r = 1;
        for (ReportLine line : t.lines()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.label(), line.key().equals(ReportLine.TOTAL) ? styles.bold : null);
            for (int i = 0; i < t.columns().size(); i++) {
                number(row.createCell(i + 1), t.columns().get(i), line.figures().get(i), styles);
            }
        }
        sheet.setColumnWidth(0, 20 * 256);
        for (int i = 0; i < t.columns().size(); i++) {
            sheet.setColumnWidth(i + 1, 14 * 256);
        }
    }

    private static void number(Cell cell, ReportColumn column, Figure f, Styles styles) {
        switch (column.measure()) {
            case COUNT -> {
                cell.setCellValue(f.value());
                cell.setCellStyle(styles.count);
            }
            case FEN -> {
                cell.setCellValue(BigDecimal.valueOf(f.value()).movePointLeft(2).doubleValue());
                cell.setCellStyle(styles.yuan);
            }
            case RATE -> {
                if (f.of() != 0) {
                    cell.setCellValue(f.ratio().doubleValue());
                    cell.setCellStyle(styles.percent);
                }
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle count;
        final CellStyle yuan;
        final CellStyle percent;

        Styles(XSSFWorkbook wb) {
            bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            count = format(wb, "0");
            yuan = format(wb, "#,##0.00");
            percent = format(wb, "0.00%");
        }

        private static CellStyle format(XSSFWorkbook wb, String pattern) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(pattern));
            return s;
        }
    }
}
