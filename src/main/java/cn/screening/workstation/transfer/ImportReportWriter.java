package cn.screening.workstation.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the report of an import, one line per verdict, so the county can fix its list in Excel
 * and import it again. Columns: {@code row,status,field,message}.
 */
public final class ImportReportWriter {

    public static final List<String> HEADER = List.of("row", "status", "field", "message");

    private final CsvTableWriter table;

    public ImportReportWriter() {
        this(new CsvTableWriter());
    }

    public ImportReportWriter(CsvTableWriter table) {
        this.table = table;
    }

    public void write(Path target, List<ImportVerdictLine> lines) throws IOException {
        List<List<String>> rows = lines.stream()
                .map(l -> List.of(Integer.toString(l.row()), l.status().code(), l.field(), l.message()))
                .toList();
        table.write(target, HEADER, rows);
    }
}
