package cn.screening.workstation.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * One cell of the report: a count or fen amount in {@code value}; for a rate, {@code value} over
 * {@code of}. {@code rows} are the ledger rows behind it (empty in a frozen snapshot, which keeps figures only).
 */
public record Figure(long value, long of, List<UUID> rows) {

    public Figure {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** The rate as a fraction (4 decimals, half up), or null when the denominator is 0. */
    public BigDecimal ratio() {
        return of == 0 ? null : BigDecimal.valueOf(value).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
    }

    public Figure withoutRows() {
        return new Figure(value, of, List.of());
    }
}
