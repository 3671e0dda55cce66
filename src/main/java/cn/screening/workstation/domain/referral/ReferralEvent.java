package cn.screening.workstation.domain.referral;

import java.time.Instant;

/** One step of a referral's timeline: who moved it, at which site, when, and why. */
public record ReferralEvent(Instant at, ReferralStatus from, ReferralStatus to, ReferralSide side, String by, String site,
                            String note) {
}
