package cn.screening.workstation.domain.report;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/** The three tables of a monthly report. */
public record ReportFigures(List<ReportTable> tables) {

    public ReportFigures {
        tables = List.copyOf(tables);
    }

    public ReportTable table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow(() -> new NoSuchElementException(key));
    }

    /** The ledger rows behind one cell: what a double-click on it lists. */
    public List<UUID> rowsBehind(String table, String line, String column) {
        return table(table).figure(line, column).rows();
    }

    /** The figures alone, as a frozen version keeps them. */
    public ReportFigures withoutRows() {
        return new ReportFigures(tables.stream().map(ReportTable::withoutRows).toList());
    }

    /** Whether both hold the same numbers (the rows behind them aside): 与已报数据不一致 when not. */
    public boolean sameFiguresAs(ReportFigures other) {
        return withoutRows().equals(other.withoutRows());
    }
}
