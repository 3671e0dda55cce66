package cn.screening.workstation.domain.report;

import java.util.List;

/** One line of a report table (a disease, a township, a hospital, or 合计), its figures in the table's column order. */
public record ReportLine(String key, String label, List<Figure> figures) {

    /** The key of the 合计 line, always a table's last. */
    public static final String TOTAL = "total";

    public ReportLine {
        figures = List.copyOf(figures);
    }

    public ReportLine withoutRows() {
        return new ReportLine(key, label, figures.stream().map(Figure::withoutRows).toList());
    }
}
