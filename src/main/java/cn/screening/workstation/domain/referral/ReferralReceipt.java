package cn.screening.workstation.domain.referral;

import java.time.Instant;

/**
 * What the receiving hospital records of a referral: its answer, the arrival and the admission.
 * Owned by the receiver; the sender never changes it.
 *
 * @param department   the department that takes the patient (may differ from the one asked for)
 * @param inpatientNo  住院号, when admitted
 */
public record ReferralReceipt(
        String answeredBy,
        Instant answeredAt,
        String department,
        String rejectReason,
        Instant arrivedAt,
        boolean admitted,
        String inpatientNo,
        String note) {

    public static final ReferralReceipt NONE = new ReferralReceipt(null, null, null, null, null, false, null, null);

    public ReferralReceipt answered(String by, Instant at, String dept, String reason) {
        return new ReferralReceipt(by, at, dept, reason, arrivedAt, admitted, inpatientNo, note);
    }

    public ReferralReceipt arrived(Instant at, boolean asInpatient, String number, String remark) {
        return new ReferralReceipt(answeredBy, answeredAt, department, rejectReason, at, asInpatient, number, remark);
    }
}
