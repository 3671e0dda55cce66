package cn.screening.workstation.domain.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The running figures of one report line, column by column, with the ledger rows that fed each. */
final class Tally {

    private final Map<String, long[]> values = new HashMap<>();
    private final Map<String, Set<UUID>> rows = new HashMap<>();

    /** Adds {@code amount} to a column (a count, fen, or a rate's numerator); a row adding nothing is not behind it. */
    void add(String column, long amount, UUID row) {
        values.computeIfAbsent(column, k -> new long[2])[0] += amount;
        if (amount != 0) {
            rows.computeIfAbsent(column, k -> new LinkedHashSet<>()).add(row);
        }
    }

    /** Adds to a rate's denominator. */
    void addOf(String column, long amount, UUID row) {
        values.computeIfAbsent(column, k -> new long[2])[1] += amount;
        rows.computeIfAbsent(column, k -> new LinkedHashSet<>()).add(row);
    }

    /** Counts a ledger row once in a column however many of its admissions qualify (人数, not 人次). */
    void addOnce(String column, UUID row) {
        Set<UUID> seen = rows.computeIfAbsent(column, k -> new LinkedHashSet<>());
        if (seen.add(row)) {
            values.computeIfAbsent(column, k -> new long[2])[0]++;
        }
    }

    List<Figure> figures(List<ReportColumn> columns) {
        List<Figure> out = new ArrayList<>();
        for (ReportColumn c : columns) {
            long[] v = values.getOrDefault(c.key(), new long[2]);
            out.add(new Figure(v[0], v[1], new ArrayList<>(rows.getOrDefault(c.key(), Set.of()))));
        }
        return out;
    }
}
