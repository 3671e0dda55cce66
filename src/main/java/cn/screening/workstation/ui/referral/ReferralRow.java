package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralSide;

/** A referral as the table shows it, with the side this site is on. */
public record ReferralRow(Referral referral, ReferralSide side, String number, String patient, String direction,
                          String status, String urgency, String validUntil) {
}
