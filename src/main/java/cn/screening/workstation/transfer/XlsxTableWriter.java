package cn.screening.workstation.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as one XLSX sheet an office suite opens: a bold frozen header, numbers as numbers,
 * text as text (never a formula). Like the CSV writer, the file appears whole or not at all.
 */
public final class XlsxTableWriter {

    /**
     * @param rows each row's cells in header order: Number cells become numeric, anything else text; null is empty
     */
    public void write(Path target, String sheetName, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        write(target, sheetName, header, rows, null);
    }

    /** As {@link #write(Path, String, List, Iterable)}, with the export's mark (who, when, what for) in the footer. */
    public void write(Path target, String sheetName, List<String> header, Iterable<? extends List<?>> rows, String mark)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".export-", ".xlsx.part");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(sheetName);
            SheetFooter.mark(sheet, mark);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(header.get(i));
                c.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(temp)) {
                wb.write(out);
            }
            wb.dispose();
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
