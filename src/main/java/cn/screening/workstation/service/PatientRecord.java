package cn.screening.workstation.service;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.followup.FollowUpKind;
import cn.screening.workstation.domain.followup.FollowUpStatus;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.specimen.SampleStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One patient opened in full: identity masked (the full ID only through {@link PatientBrowser#revealIdNumber}),
 * and everything recorded about them here: cases, blood samples, referrals, follow-up schedules.
 * {@code awaitingConsent}: a child whose guardian has not consented yet, whose records stay here (rule 10).
 */
public record PatientRecord(UUID patientId, String maskedName, String maskedIdNumber, Sex sex, LocalDate birthDate,
                            String maskedPhone, String townshipName, String villageName, PovertyStatus poverty,
                            InsuranceType insurance, List<CaseLine> cases, List<SampleLine> samples,
                            List<ReferralLine> referrals, List<FollowUpLine> followUps, boolean awaitingConsent) {

    public PatientRecord {
        cases = List.copyOf(cases);
        samples = List.copyOf(samples);
        referrals = List.copyOf(referrals);
        followUps = List.copyOf(followUps);
    }

    public record CaseLine(UUID caseId, String caseNo, String diseaseName, CaseStatus status, Instant registeredAt) {
    }

    public record SampleLine(String sampleNo, String caseNo, SampleStatus status, Instant drawnAt) {
    }

    public record ReferralLine(String referralNo, String toSiteName, ReferralStatus status, LocalDate validFrom) {
    }

    public record FollowUpLine(FollowUpKind kind, FollowUpStatus status, LocalDate nextDue, int visits) {
    }
}
