package cn.screening.workstation.domain.referral;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.Synced;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An up-referral (上转单) and everything that happens to it, as one record both ends edit: the
 * sender owns the letter, the receiving hospital owns {@link #receipt} and {@link #backReferral};
 * {@link #status} and {@link #history} move with whichever side the state machine gives the move to.
 *
 * @param patient        the patient as the letter names them, written by the sender
 * @param fromSite       the site that refers (owns the record)
 * @param toSite         the receiving hospital, a site of the reference data (the record is addressed to it)
 * @param clinicalSummary 病情摘要, pre-filled from the case's screening and results
 */
public record Referral(
        UUID id,
        String referralNo,
        UUID patientId,
        ReferralPatient patient,
        UUID caseId,
        String fromSite,
        String toSite,
        String toDepartment,
        String purpose,
        String preliminaryDiagnosis,
        String clinicalSummary,
        String precautions,
        Urgency urgency,
        LocalDate validFrom,
        LocalDate validUntil,
        String doctorName,
        String doctorPhone,
        ReferralStatus status,
        ReferralReceipt receipt,
        BackReferral backReferral,
        List<ReferralEvent> history,
        SyncMeta meta) implements Synced<Referral> {

    /** Fields only the receiving hospital writes. */
    public static final Set<String> RECEIVER_FIELDS = Set.of("receipt", "backReferral");
    /** Fields either side writes, each with its own moves. */
    public static final Set<String> SHARED_FIELDS = Set.of("status", "history");

    public Referral {
        history = history == null ? List.of() : List.copyOf(history);
        receipt = receipt == null ? ReferralReceipt.NONE : receipt;
    }

    @Override
    public Referral withMeta(SyncMeta m) {
        return new Referral(id, referralNo, patientId, patient, caseId, fromSite, toSite, toDepartment, purpose, preliminaryDiagnosis,
                clinicalSummary, precautions, urgency, validFrom, validUntil, doctorName, doctorPhone, status, receipt,
                backReferral, history, m);
    }

    /** The referral moved to {@code to}, the move written into its timeline. */
    public Referral moved(ReferralEvent event) {
        List<ReferralEvent> h = new ArrayList<>(history);
        h.add(event);
        return new Referral(id, referralNo, patientId, patient, caseId, fromSite, toSite, toDepartment, purpose, preliminaryDiagnosis,
                clinicalSummary, precautions, urgency, validFrom, validUntil, doctorName, doctorPhone, event.to(), receipt,
                backReferral, h, meta);
    }

    public Referral withReceipt(ReferralReceipt r) {
        return new Referral(id, referralNo, patientId, patient, caseId, fromSite, toSite, toDepartment, purpose, preliminaryDiagnosis,
                clinicalSummary, precautions, urgency, validFrom, validUntil, doctorName, doctorPhone, status, r,
                backReferral, history, meta);
    }

    public Referral withBackReferral(BackReferral b) {
        return new Referral(id, referralNo, patientId, patient, caseId, fromSite, toSite, toDepartment, purpose, preliminaryDiagnosis,
                clinicalSummary, precautions, urgency, validFrom, validUntil, doctorName, doctorPhone, status, receipt,
                b, history, meta);
    }

    /** The side a site is on, or null when it is neither end. */
    public ReferralSide sideOf(String siteCode) {
        if (toSite != null && toSite.equals(siteCode)) {
            return ReferralSide.RECEIVER;
        }
        return fromSite != null && fromSite.equals(siteCode) ? ReferralSide.SENDER : null;
    }

    /** Past its validity window on {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }
}
