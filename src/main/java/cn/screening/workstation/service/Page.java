package cn.screening.workstation.service;

import java.util.List;

/**
 * One page of a list, with the total the filter matches. A list counts only up to a cap (see
 * {@link CaseBrowser#COUNT_CAP}); past it {@code totalIsLowerBound} is set and the screen shows
 * "1000+".
 */
public record Page<T>(List<T> items, long total, boolean totalIsLowerBound, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public Page(List<T> items, long total, int offset, int limit) {
        this(items, total, false, offset, limit);
    }

    public boolean hasNext() {
        return offset + items.size() < total || (totalIsLowerBound && items.size() == limit);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    /** The total as a list shows it: "123", or "1000+" when counting stopped at the cap. */
    public String totalLabel() {
        return totalIsLowerBound ? total + "+" : Long.toString(total);
    }
}
