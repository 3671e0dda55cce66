package cn.screening.workstation.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small patient-list files written on the fly for the reader tests. */
final class PatientListFixtures {

    static final String ID = "11010519491231002X";
    static final String ID2 = "440524188001010014";

    private PatientListFixtures() {
    }

    static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    static PatientListException assertRefused(PatientListReader reader, Path file, String key) {
        PatientListException e = catchThrowableOfType(PatientListException.class, () -> reader.read(file));
        assertThat(e).as("refusal of %s", file.getFileName()).isNotNull();
        assertThat(e.messageKey()).isEqualTo(key);
        return e;
    }

    interface SheetContent {
        void fill(XSSFWorkbook wb, Sheet sheet);
    }

    static Path workbook(Path dir, String name, SheetContent content) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.fill(wb, wb.createSheet("名单"));
            wb.write(out);
        }
        return file;
    }

    static CellStyle style(XSSFWorkbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    static void header(Sheet sheet, String... cells) {
        row(sheet, 0, cells);
    }

    static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
