package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;

/**
 * A referral as the referral page lists it: the patient masked, both ends by name; {@code backDraft}
 * is what the 下转单 form starts with while the hospital may write it (the lab's confirmed findings), else null.
 * A move answers with it, read in the move's own transaction.
 */
public record ReferralEntry(Referral referral, String patient, String caseNo, String fromName, String toName, BackReferral backDraft) {
}
