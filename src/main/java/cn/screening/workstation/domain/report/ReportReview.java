package cn.screening.workstation.domain.report;

import java.time.Instant;

/**
 * The city's review of one submitted version, written on the server only (decision 0021): the
 * county reads it with its next pull and never changes it.
 *
 * @param version the submitted version judged
 * @param reason  why it was returned (退回原因); null when approved
 */
public record ReportReview(int version, ReviewVerdict verdict, String reason, Instant reviewedAt) {
}
