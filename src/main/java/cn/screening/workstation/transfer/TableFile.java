package cn.screening.workstation.transfer;

import java.util.List;
import java.util.Map;

/**
 * A list read by its column names (a settlement list, ...): the header as written and the
 * non-blank rows after it.
 */
public record TableFile(List<String> headerCells, List<Row> rows) {

    /** One data row: its line number in the file and the cell under each known column, trimmed ("" when empty). */
    public record Row(int line, Map<String, String> values) {

        public Row {
            values = Map.copyOf(values);
        }

        public String value(String column) {
            return values.getOrDefault(column, "");
        }
    }

    public TableFile {
        headerCells = List.copyOf(headerCells);
        rows = List.copyOf(rows);
    }
}
