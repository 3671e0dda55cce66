package cn.screening.workstation.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the raw rows of a CSV or a sheet into a {@link PatientListFile}: finds the header, maps its
 * columns, skips blank rows and stops at the row limit. Both formats feed it row by row.
 */
final class PatientListCollector implements RowSink {

    /** Rows a county sometimes puts above the header: a title, a date, a unit. */
    static final int HEADER_SEARCH_ROWS = 10;

    private final int maxRows;
    private final List<PatientListRow> rows = new ArrayList<>();
    private List<String> headerCells;
    private Map<PatientListColumn, Integer> columnIndex;
    private Map<PatientListColumn, Integer> bestCandidate = Map.of();
    private int nonBlankRowsBeforeHeader;

    PatientListCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * @param line  the row's line number in the file, 1 for the first
     * @param cells the row's cells as text, untrimmed
     */
    @Override
    public void accept(int line, List<String> cells) throws PatientListException {
        if (headerCells == null) {
            acceptBeforeHeader(cells);
            return;
        }
        Map<PatientListColumn, String> values = new EnumMap<>(PatientListColumn.class);
        boolean blank = true;
        for (Map.Entry<PatientListColumn, Integer> e : columnIndex.entrySet()) {
            int i = e.getValue();
            String value = i < cells.size() ? clean(cells.get(i)) : "";
            blank &= value.isEmpty();
            values.put(e.getKey(), value);
        }
        // A template numbered down to row 500 (序号 filled, nothing else) is blank for us.
        if (blank) {
            return;
        }
        if (rows.size() >= maxRows) {
            throw new PatientListException("transfer.rows.tooMany", maxRows);
        }
        rows.add(new PatientListRow(line, values));
    }

    PatientListFile finish() throws PatientListException {
        if (headerCells == null) {
            if (nonBlankRowsBeforeHeader == 0) {
                throw new PatientListException("transfer.file.empty");
            }
            throw missingColumns(bestCandidate);
        }
        if (rows.isEmpty()) {
            throw new PatientListException("transfer.rows.none");
        }
        return new PatientListFile(headerCells, rows);
    }

    private void acceptBeforeHeader(List<String> cells) throws PatientListException {
        List<String> cleaned = cells.stream().map(PatientListCollector::clean).toList();
        if (cleaned.stream().allMatch(String::isEmpty)) {
            return;
        }
        nonBlankRowsBeforeHeader++;
        Map<PatientListColumn, Integer> candidate = mapColumns(cleaned);
        if (candidate.keySet().containsAll(requiredColumns())) {
            headerCells = trimTrailingEmpty(cleaned);
            columnIndex = candidate;
            return;
        }
        if (candidate.size() > bestCandidate.size()) {
            bestCandidate = candidate;
        }
        if (nonBlankRowsBeforeHeader >= HEADER_SEARCH_ROWS) {
            throw missingColumns(bestCandidate);
        }
    }

    /** The first cell naming a column wins; a later synonym (电话 after 联系电话) is ignored. */
    private static Map<PatientListColumn, Integer> mapColumns(List<String> cells) {
        Map<PatientListColumn, Integer> map = new EnumMap<>(PatientListColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            int index = i;
            PatientListColumn.ofHeader(cells.get(i)).ifPresent(c -> map.putIfAbsent(c, index));
        }
        return map;
    }

    private static PatientListException missingColumns(Map<PatientListColumn, Integer> found) {
        String missing = requiredColumns().stream()
                .filter(c -> !found.containsKey(c))
                .map(PatientListColumn::header)
                .collect(Collectors.joining("、"));
        return new PatientListException("transfer.header.missing", missing);
    }

    private static List<PatientListColumn> requiredColumns() {
        return Stream.of(PatientListColumn.values()).filter(PatientListColumn::required).toList();
    }

    private static List<String> trimTrailingEmpty(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return cells.subList(0, end);
    }

    /**
     * Trims spaces of any width and the BOM; unwraps ="..." which people type so that Excel keeps
     * an ID number as text.
     */
    static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String s = cell.replace('\uFEFF', ' ').replace('\u00A0', ' ').strip();
        if (s.length() >= 3 && s.startsWith("=\"") && s.endsWith("\"")) {
            s = s.substring(2, s.length() - 1).strip();
        }
        return s;
    }
}
