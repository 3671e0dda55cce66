package cn.screening.workstation.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run measured: figures as {@code key=value} in the order they were taken, and the query
 * plans when asked for.
 */
public record BenchReport(Map<String, String> figures, List<String> plans) {

    public BenchReport {
        figures = new LinkedHashMap<>(figures);
        plans = List.copyOf(plans);
    }

    /** One line per figure, {@code key=value}. */
    public List<String> lines() {
        return figures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }
}
