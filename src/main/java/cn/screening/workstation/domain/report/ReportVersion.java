package cn.screening.workstation.domain.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a monthly report. Once {@link ReportStatus#SUBMITTED} it is frozen: its figures are
 * the snapshot taken then, never recomputed. Version 2 and later are revisions and carry a reason.
 *
 * @param submittedOn the county's calendar day of submission (逾期 is judged on it), null for a draft
 * @param late        逾期: submitted after the 25th of the month after the period
 */
public record ReportVersion(int number, ReportStatus status, String reason, Instant submittedAt, LocalDate submittedOn,
                            String submittedBy, boolean late, ReportFigures figures) {

    public boolean frozen() {
        return status == ReportStatus.SUBMITTED;
    }
}
