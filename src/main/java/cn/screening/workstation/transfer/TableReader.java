package cn.screening.workstation.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a list whose columns are known by name, in any order, from a CSV or an .xlsx workbook (the
 * same readers as the patient list): the header is the first of the top rows naming every required
 * column; columns it lacks read as empty cells.
 */
public final class TableReader {

    private final List<String> columns;
    private final Set<String> required;
    private final int maxRows;

    public TableReader(List<String> columns, Set<String> required, int maxRows) {
        this.columns = List.copyOf(columns);
        this.required = Set.copyOf(required);
        this.maxRows = maxRows;
    }

    public TableFile read(Path file) throws PatientListException {
        Collector c = new Collector();
        PatientListReader.feed(file, c);
        if (c.index == null) {
            if (c.beforeHeader == 0) {
                throw new PatientListException("transfer.file.empty");
            }
            throw c.missing(c.best);
        }
        if (c.rows.isEmpty()) {
            throw new PatientListException("transfer.rows.none");
        }
        return new TableFile(c.header, c.rows);
    }

    private final class Collector implements RowSink {
        List<String> header;
        Map<String, Integer> index;
        Map<String, Integer> best = Map.of();
        int beforeHeader;
        final List<TableFile.Row> rows = new ArrayList<>();

        @Override
        public void accept(int line, List<String> cells) throws PatientListException {
            List<String> cleaned = cells.stream().map(PatientListCollector::clean).toList();
            if (cleaned.stream().allMatch(String::isEmpty)) {
                return;
            }
            if (index == null) {
                header(cleaned);
                return;
            }
            if (rows.size() >= maxRows) {
                throw new PatientListException("transfer.rows.tooMany", maxRows);
            }
            Map<String, String> values = new HashMap<>();
            index.forEach((name, i) -> values.put(name, i < cleaned.size() ? cleaned.get(i) : ""));
            rows.add(new TableFile.Row(line, values));
        }

        private void header(List<String> cells) throws PatientListException {
            beforeHeader++;
            Map<String, Integer> found = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                if (columns.contains(cells.get(i))) {
                    found.putIfAbsent(cells.get(i), i);
                }
            }
            if (found.keySet().containsAll(required)) {
                header = cells;
                index = found;
                return;
            }
            if (found.size() > best.size()) {
                best = found;
            }
            if (beforeHeader >= PatientListCollector.HEADER_SEARCH_ROWS) {
                throw missing(best);
            }
        }

        PatientListException missing(Map<String, Integer> found) {
            return new PatientListException("transfer.header.missing",
                    columns.stream().filter(required::contains).filter(c -> !found.containsKey(c)).collect(Collectors.joining("、")));
        }
    }
}
