package cn.screening.workstation.transfer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of a patient list, as text.
 *
 * @param line   the row's line number in the file, the first line being 1 (in a CSV, the record
 *               number, which is the row number Excel shows)
 * @param values the cell under each column the header names, trimmed; "" for an empty cell
 */
public record PatientListRow(int line, Map<PatientListColumn, String> values) {

    public PatientListRow {
        EnumMap<PatientListColumn, String> copy = new EnumMap<>(PatientListColumn.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /** The cell under a column, or "" when the file has no such column. */
    public String value(PatientListColumn column) {
        return values.getOrDefault(column, "");
    }
}
