package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.referral.Urgency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One referral in a list, patient masked (DOMAIN §4).
 *
 * @param side        this workstation's end of the referral
 * @param waitingOnMe the main path waits on this workstation's side (a side exit such as withdrawal does not count)
 */
public record ReferralSummary(
        UUID id,
        String referralNo,
        UUID patientId,
        String maskedName,
        String maskedIdNumber,
        String fromSiteName,
        String toSiteName,
        String toDepartment,
        ReferralStatus status,
        Urgency urgency,
        LocalDate validUntil,
        Instant updatedAt,
        ReferralSide side,
        boolean waitingOnMe) {
}
