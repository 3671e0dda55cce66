package cn.screening.workstation.service.followup;

import cn.screening.workstation.domain.followup.FollowUpKind;
import cn.screening.workstation.domain.followup.FollowUpStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One follow-up in the due or overdue list, patient masked.
 *
 * @param daysOverdue 0 when not overdue
 */
public record FollowUpItem(
        UUID id,
        UUID patientId,
        String maskedName,
        String maskedPhone,
        FollowUpKind kind,
        LocalDate nextDue,
        long daysOverdue,
        int failedAttempts,
        FollowUpStatus status) {
}
