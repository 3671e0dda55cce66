package cn.screening.workstation.service.today;

import java.util.List;
import java.util.Map;

/**
 * What waits on the user after login: counts by kind (every kind of the sources, zero included) and
 * the items, overdue first.
 */
public record TodaysWorkList(Map<String, Long> counts, List<WorkItem> items) {

    public long total() {
        return items.size();
    }

    public long count(String kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
