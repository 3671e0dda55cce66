package cn.screening.workstation.ui.dashboard;

import java.util.List;

/**
 * One chart of the 统计看板 as plain values, so that the view model stays free of chart nodes: its
 * title, unit, categories (months or diseases) and series (a value per category, null for none).
 */
public record ChartData(String key, String title, String unit, List<String> categories, List<Line> series) {

    public record Line(String name, List<Double> values) {
    }

    /** True when no series has a value: the chart says so instead of showing empty axes. */
    public boolean empty() {
        return series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v == null || v == 0);
    }
}
