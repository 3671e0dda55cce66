package cn.screening.workstation.domain.report;

/** One column of a report table: a stable key, its Chinese heading, what it measures. */
public record ReportColumn(String key, String label, Measure measure) {
}
