package cn.screening.workstation.domain.report;

import java.util.List;
import java.util.NoSuchElementException;

/** One table of the monthly report (A by disease, B by township, C by designated hospital); the last line is 合计. */
public record ReportTable(String key, String title, List<ReportColumn> columns, List<ReportLine> lines) {

    public ReportTable {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    public ReportLine total() {
        return lines.get(lines.size() - 1);
    }

    public ReportLine line(String lineKey) {
        return lines.stream().filter(l -> l.key().equals(lineKey)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(key + "/" + lineKey));
    }

    public int column(String columnKey) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(columnKey)) {
                return i;
            }
        }
        throw new NoSuchElementException(key + "/" + columnKey);
    }

    public Figure figure(String lineKey, String columnKey) {
        return line(lineKey).figures().get(column(columnKey));
    }

    public ReportTable withoutRows() {
        return new ReportTable(key, title, columns, lines.stream().map(ReportLine::withoutRows).toList());
    }
}
