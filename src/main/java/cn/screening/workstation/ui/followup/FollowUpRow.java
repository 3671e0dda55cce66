package cn.screening.workstation.ui.followup;

import java.util.UUID;

/** One follow-up schedule as the table shows it. */
public record FollowUpRow(UUID id, String patient, String caseNo, String kind, String nextDue, String status,
                          String lastVisit, boolean overdue) {
}
