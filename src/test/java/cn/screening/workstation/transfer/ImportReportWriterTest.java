package cn.screening.workstation.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesOneLinePerVerdictAndReadsBack() throws IOException {
        Path report = dir.resolve("导入报告.csv");
        List<ImportVerdictLine> lines = List.of(
                new ImportVerdictLine(2, ImportStatus.OK, "", ""),
                new ImportVerdictLine(9, ImportStatus.ERROR, "id_number", "身份证号码校验位错误，请核对"),
                new ImportVerdictLine(9, ImportStatus.WARNING, "township", "乡镇\"芳山镇\"不在本县，请确认"),
                new ImportVerdictLine(95, ImportStatus.ERROR, "name", "姓名不能为空,\n请补充"));

        new ImportReportWriter(new CsvTableWriter()).write(report, lines);

        List<CSVRecord> records = CsvTableWriterTest.parse(report);
        assertThat(records.get(0).toList()).containsExactly("row", "status", "field", "message");
        assertThat(records.subList(1, records.size())).extracting(CSVRecord::toList).containsExactly(
                List.of("2", "ok", "", ""),
                List.of("9", "error", "id_number", "身份证号码校验位错误，请核对"),
                List.of("9", "warning", "township", "乡镇\"芳山镇\"不在本县，请确认"),
                List.of("95", "error", "name", "姓名不能为空,\n请补充"));
    }

    @Test
    void anEmptyReportIsJustTheHeader() throws IOException {
        Path report = dir.resolve("empty.csv");

        new ImportReportWriter(new CsvTableWriter()).write(report, List.of());

        assertThat(CsvTableWriterTest.parse(report)).singleElement()
                .extracting(CSVRecord::toList).isEqualTo(ImportReportWriter.HEADER);
    }

    @Test
    void nullFieldAndMessageAreWrittenEmpty() {
        ImportVerdictLine line = new ImportVerdictLine(3, ImportStatus.WARNING, null, null);

        assertThat(line.field()).isEmpty();
        assertThat(line.message()).isEmpty();
        assertThat(ImportStatus.WARNING.code()).isEqualTo("warning");
    }
}
